// SPDX-License-Identifier: MIT
#pragma once

#include <vector>

#include "nextevent/Survey.h"

#include "desktop/models/PagedListModel.h"

namespace nextevent::console
{

/// One page of surveys from `GET /v2/surveys` (optionally only live ones), searched and paged on the
/// server.
class SurveyListModel : public PagedListModel<Survey>
{
    Q_OBJECT

public:
    enum Column
    {
        TitleColumn,
        StateColumn,
        QuestionsColumn,
        ResponsesColumn,
        UpdatedColumn,
        ColumnCount
    };

    explicit SurveyListModel(ApiClient *api, QObject *parent = nullptr);

    /// Only surveys being presented (`isLive=true`).
    void setLiveOnly(bool liveOnly);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const Survey *surveyAt(int row) const;
    /// Replaces the row of a survey that changed; ignored when it is not on this page.
    void updateSurvey(const Survey &survey);

    /// "Live", "Open" or "Closed", translated.
    static QString stateText(const Survey &survey);

protected:
    void fetch(int ticket) override;

private:
    bool m_liveOnly = false;
};

} // namespace nextevent::console
