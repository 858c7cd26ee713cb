// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>
#include <QHash>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace nextevent::console
{

class ApiClient;
class DoorTokenModel;

/// An event's door devices: the list (with each one's last use), a new device (name and gate) whose token
/// is shown once as the QR another console scans to pair (and as text to paste), and revoking one (it is
/// refused from then on).
class DoorDevicesDialog : public QDialog
{
    Q_OBJECT

public:
    /// `lists`: the event's gates (id → name).
    DoorDevicesDialog(ApiClient *api,
                      const QString &eventId,
                      const QString &eventTitle,
                      const QHash<QString, QString> &lists,
                      QWidget *parent = nullptr);

    DoorTokenModel *model() const;
    /// The pairing text of the device created last (empty before one is created).
    QString pairingText() const;
    /// Creates a device named `name` at `listId` (empty: any gate).
    void createDevice(const QString &name, const QString &listId);
    void revokeSelected();
    void reload();

signals:
    void statusMessage(const QString &message);

private:
    void showError(const QString &message);
    void updateButtons();

    ApiClient *m_api;
    QString m_eventId;
    QHash<QString, QString> m_lists;
    DoorTokenModel *m_model;
    QTableView *m_table;
    QLineEdit *m_name;
    QComboBox *m_gate;
    QPushButton *m_create;
    QPushButton *m_revoke;
    QLabel *m_qr;
    QLineEdit *m_pairing;
    QLabel *m_message;
};

} // namespace nextevent::console
