// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>
#include <QList>

#include "nextevent/Event.h"

#include "desktop/door/BadgeRenderer.h"

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace nextevent::console
{

class ApiClient;
class BadgeSource;

/// Badges for an event's registered attendees: the layout (A6, 90×54 mm label, A4 sheet of labels), the
/// registration answers to show, who to print (all ticked at first), then Save as PDF or Print. Printing
/// checks nobody in.
class BadgeDialog : public QDialog
{
    Q_OBJECT

public:
    BadgeDialog(ApiClient *api, const Event &event, QWidget *parent = nullptr);

    BadgeLayout layoutChoice() const;
    void setLayoutChoice(BadgeLayout layout);
    /// Ids of the ticked attendees and answer fields.
    QStringList chosenAttendees() const;
    QStringList chosenFields() const;
    /// Loads the ticked badges and writes them to `path` as PDF; done() says how it went.
    void saveTo(const QString &path);
    /// Number of attendees listed (registered ones).
    int attendeeCount() const;

signals:
    void attendeesLoaded();
    void done(bool ok, const QString &message);

private:
    void loadAttendees(int page);
    void loadBadges(std::function<void(const QList<BadgeData> &)> then);
    void savePdf();
    void print();
    void setBusy(bool busy, const QString &message);

    ApiClient *m_api;
    Event m_event;
    BadgeSource *m_source;
    QComboBox *m_layout;
    QListWidget *m_fields;
    QListWidget *m_attendees;
    QPushButton *m_all;
    QPushButton *m_none;
    QPushButton *m_pdf;
    QPushButton *m_print;
    QLabel *m_status;
};

} // namespace nextevent::console
