// SPDX-License-Identifier: MIT
#pragma once

#include <functional>
#include <optional>

#include <nlohmann/json.hpp>

#include <QDialog>
#include <QPointer>

#include "nextevent/Draw.h"

#include "desktop/models/DrawRecord.h"
#include "desktop/views/Page.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableView;

namespace nextevent::console
{

class ApiClient;
class ApiError;
class DrawListModel;
class DrawScreen;
class RealtimeClient;

/// A new draw: the prize, the pool (checked in, registered, or the attendees who answered one of the
/// event's surveys), how many winners, and whether earlier winners of the event are left out. OK sends
/// it; the server's answer (commitment and pool hash) comes back in created().
class DrawDialog : public QDialog
{
    Q_OBJECT

public:
    DrawDialog(ApiClient *api, const QString &eventId, QWidget *parent = nullptr);

    /// The body POST /v2/events/{id}/draws gets.
    nlohmann::json body() const;
    /// Checks and sends; on success created() and accept().
    void submit();

    QLineEdit *titleEdit() const;
    QComboBox *poolCombo() const;
    QComboBox *surveyCombo() const;
    QSpinBox *winnersSpin() const;
    QCheckBox *excludeCheck() const;
    QString errorText() const;

signals:
    void created(const nlohmann::json &draw);

private:
    void showError(const QString &text);
    void updatePool();

    ApiClient *m_api;
    QString m_eventId;
    QLineEdit *m_title;
    QComboBox *m_pool;
    QComboBox *m_survey;
    QSpinBox *m_winners;
    QCheckBox *m_exclude;
    QLabel *m_error;
    QPushButton *m_ok;
};

/// Draws (抽奖) of an event: the event chooser, its draws, and the chosen draw's record — the commitment
/// published before the run, then the revealed seed and the winners (masked). Organisers create, run and
/// redraw here and open the big screen; anyone who may see draws verifies a finished one locally and
/// exports its record as JSON or a one-page PDF.
class DrawsPage : public Page
{
    Q_OBJECT

public:
    DrawsPage(ApiClient *api, RealtimeClient *realtime, QWidget *parent = nullptr);
    ~DrawsPage() override;

    QString title() const override;
    bool createNew() override;
    void reload() override;
    void activate() override;

    /// Shows the draws of event `id` (loads the event list first when needed).
    void chooseEvent(const QString &id);
    QString eventId() const;
    DrawListModel *model() const;
    QTableView *table() const;
    void selectDraw(const QString &id);
    /// The selected draw (server JSON), if any.
    std::optional<nlohmann::json> selectedDraw() const;
    /// The record text on screen (commitment, seed, winners).
    QString detailsText() const;
    QString verificationText() const;
    QListWidget *winnerList() const;

    /// Runs the selected draw after asking.
    void runSelected(bool confirmed = false);
    /// Asks which winner is absent, confirms, and redraws (redraw() does the call).
    void requestRedraw();
    void redraw(const QString &attendeeId);
    /// Fetches the selected draw and its pool again and recomputes it; the result shows and verified() fires.
    void verifySelected();
    /// Writes the selected draw's record (fetched afresh and verified) as JSON or PDF; exported() tells.
    void exportJson(const QString &path);
    void exportPdf(const QString &path);
    /// Opens the big screen on the selected draw, with the event's draws as its rounds.
    DrawScreen *openBigScreen();

signals:
    void statusMessage(const QString &message);
    void verified(bool ok);
    void exported(const QString &path, bool ok);

private:
    void loadEvents(const QString &choose);
    void showSelected();
    void updateActions();
    void prepareRecord(std::function<void(std::optional<DrawRecord>)> done);
    void subscribeSelected();
    void fail(const ApiError &error);

    ApiClient *m_api;
    QPointer<RealtimeClient> m_realtime;
    DrawListModel *m_model;
    QComboBox *m_event;
    QTableView *m_table;
    QLabel *m_details;
    QListWidget *m_winners;
    QLabel *m_verification;
    QPushButton *m_new;
    QPushButton *m_run;
    QPushButton *m_redraw;
    QPushButton *m_verify;
    QPushButton *m_exportJson;
    QPushButton *m_exportPdf;
    QPushButton *m_screen;
    QString m_pendingEvent;
    QString m_pendingDraw;
    QString m_subscribed;
    bool m_eventsLoaded = false;
};

} // namespace nextevent::console
