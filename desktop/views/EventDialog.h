// SPDX-License-Identifier: MIT
#pragma once

#include <memory>
#include <vector>

#include <QDialog>

#include "nextevent/Error.h"
#include "nextevent/Event.h"

class QLabel;

namespace Ui
{
class EventDialog;
}

namespace nextevent::console
{

/// The form for creating or editing an event, in tabs: general details, registration (approval,
/// party size, offer hold time and the registration form builder), WeChat, and live interaction
/// (moderation of audience questions and the message wall). Save checks the form with nextevent::validate()
/// and shows each problem next to its field; a valid form is emitted with saveRequested() and the dialog
/// stays open (nothing typed is lost) until the owner calls finishSave() or shows the server's
/// answer with showFieldErrors()/showMessage(). The dialog does no I/O.
class EventDialog : public QDialog
{
    Q_OBJECT

public:
    explicit EventDialog(QWidget *parent = nullptr);
    ~EventDialog() override;

    /// Fills the form; an event with an empty id is a new one.
    void setEvent(const Event &event);
    /// The event as the form describes it (id, status and updatedAt of the loaded version kept).
    Event event() const;
    bool isNew() const;

    /// Shows `errors` next to their fields (and clears the others); returns how many were shown.
    int showFieldErrors(const std::vector<FieldError> &errors);
    /// A message under the form; `error` colours it as a problem.
    void showMessage(const QString &message, bool error = true);
    void setBusy(bool busy);
    /// Closes the dialog as accepted.
    void finishSave();

    /// Validates and emits saveRequested(); does not close the dialog.
    void accept() override;
    /// Cancel, Esc or the close button: asks first when the form holds unsaved changes.
    void reject() override;
    /// Whether the form differs from what setEvent() put in it.
    bool isModified() const;

signals:
    void saveRequested(const nextevent::Event &event);

private:
    void setupFields();
    void setupButtons();
    void connectRecheck();
    QLabel *errorLabelFor(const std::string &field) const;
    /// The tab page holding `widget` (the current page when none does).
    QWidget *tabOf(QWidget *widget) const;
    /// Every field's value in one string, to tell whether anything was edited.
    QString formSnapshot() const;

    std::unique_ptr<Ui::EventDialog> m_ui;
    Event m_event;
    bool m_checkAsYouType = false;
    QString m_loaded; ///< formSnapshot() right after setEvent()
};

} // namespace nextevent::console
