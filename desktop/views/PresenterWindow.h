// SPDX-License-Identifier: MIT
#pragma once

#include <optional>

#include <QWidget>

#include "nextevent/Survey.h"

#include "desktop/views/LiveBarChart.h"

class QLabel;
class QScreen;

namespace nextevent::console
{

class ApiClient;
class RealtimeClient;
class SurveyResultsModel;

/// Presenter mode: a full-screen window for a hall's projector. One question at a time (Right,
/// PageDown, Down or Space for the next; Left, PageUp or Up for the previous — what presentation
/// clickers send), a big live bar chart of its answers, the number of respondents, and the join QR code
/// with its short URL. T switches between the dark and the light theme; Escape ends presenting.
class PresenterWindow : public QWidget
{
    Q_OBJECT

public:
    PresenterWindow(ApiClient *api,
                    RealtimeClient *realtime,
                    const Survey &survey,
                    bool darkTheme,
                    QWidget *parent = nullptr);
    ~PresenterWindow() override;

    /// Shows the window full screen on `screen` (nullptr: the primary screen).
    void present(QScreen *screen);

    int currentQuestion() const;
    void showQuestion(int index);
    void next();
    void previous();
    bool isDarkTheme() const;
    void setDarkTheme(bool dark);

    LiveBarChart *chart() const;
    SurveyResultsModel *results() const;
    QString respondentsText() const;
    QString joinUrl() const;
    /// True once the join QR code is on screen.
    bool hasJoinCode() const;

signals:
    void closed();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateQuestion();
    void updateCounts();
    void applyTheme();
    void scaleFonts();
    void showJoinCode(const QString &content);

    ApiClient *m_api;
    Survey m_survey;
    SurveyResultsModel *m_results;
    int m_index = 0;
    bool m_dark = true;
    QLabel *m_position;
    QLabel *m_question;
    LiveBarChart *m_chart;
    QLabel *m_respondents;
    QLabel *m_respondentsCaption;
    QLabel *m_qr;
    QLabel *m_url;
    QLabel *m_hint;
    QString m_joinUrl;
    QString m_qrContent;
};

} // namespace nextevent::console
