// SPDX-License-Identifier: MIT
#include "desktop/views/DoorDevicesDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include "desktop/api/ApiClient.h"
#include "desktop/door/DoorPairing.h"
#include "desktop/models/DoorTokenModel.h"
#include "desktop/qr/QrCode.h"
#include "desktop/views/Confirm.h"

using nlohmann::json;

namespace nextevent::console
{

DoorDevicesDialog::DoorDevicesDialog(ApiClient *api,
                                     const QString &eventId,
                                     const QString &eventTitle,
                                     const QHash<QString, QString> &lists,
                                     QWidget *parent)
    : QDialog(parent)
    , m_api(api)
    , m_eventId(eventId)
    , m_lists(lists)
    , m_model(new DoorTokenModel(this))
    , m_table(new QTableView(this))
    , m_name(new QLineEdit(this))
    , m_gate(new QComboBox(this))
    , m_create(new QPushButton(tr("&Create device"), this))
    , m_revoke(new QPushButton(tr("&Revoke selected"), this))
    , m_qr(new QLabel(this))
    , m_pairing(new QLineEdit(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("doorDevicesDialog"));
    setWindowTitle(tr("Door devices – %1").arg(eventTitle));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(DoorTokenModel::NameColumn, QHeaderView::Stretch);
    m_table->setAccessibleName(tr("Door devices"));
    m_name->setObjectName(QStringLiteral("doorDeviceName"));
    m_name->setPlaceholderText(tr("e.g. North door tablet"));
    m_name->setMaxLength(100);
    m_gate->addItem(tr("Any gate"), QString());
    for (auto it = lists.begin(); it != lists.end(); ++it)
        m_gate->addItem(it.value(), it.key());
    m_qr->setAlignment(Qt::AlignCenter);
    m_qr->setMinimumSize(240, 240);
    m_qr->setAccessibleName(tr("Pairing QR code"));
    m_pairing->setReadOnly(true);
    m_pairing->setObjectName(QStringLiteral("doorPairingText"));
    m_pairing->setAccessibleName(tr("Pairing text"));
    m_pairing->setPlaceholderText(tr("Create a device to get its pairing code (shown once)"));
    m_message->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Gate:"), m_gate);
    auto *createRow = new QHBoxLayout;
    createRow->addLayout(form, 1);
    createRow->addWidget(m_create);
    auto *pairingHelp = new QLabel(
        tr("On the door console, choose “Pair as door device” and scan this code (or paste the text). "
           "It is shown only now; revoke the device if it is lost."),
        this);
    pairingHelp->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *left = new QVBoxLayout;
    left->addWidget(m_table, 1);
    left->addWidget(m_revoke, 0, Qt::AlignLeft);
    left->addLayout(createRow);
    left->addWidget(m_message);
    auto *right = new QVBoxLayout;
    right->addWidget(m_qr, 1);
    right->addWidget(m_pairing);
    right->addWidget(pairingHelp);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 3);
    columns->addLayout(right, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 130, fontMetrics().lineSpacing() * 28);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_create,
            &QPushButton::clicked,
            this,
            [this] { createDevice(m_name->text().trimmed(), m_gate->currentData().toString()); });
    connect(m_name, &QLineEdit::returnPressed, m_create, &QPushButton::click);
    connect(m_name, &QLineEdit::textChanged, this, &DoorDevicesDialog::updateButtons);
    connect(m_revoke, &QPushButton::clicked, this, &DoorDevicesDialog::revokeSelected);
    connect(m_table->selectionModel(),
            &QItemSelectionModel::selectionChanged,
            this,
            &DoorDevicesDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DoorDevicesDialog::updateButtons);
    updateButtons();
    reload();
}

DoorTokenModel *DoorDevicesDialog::model() const
{
    return m_model;
}

QString DoorDevicesDialog::pairingText() const
{
    return m_pairing->text();
}

void DoorDevicesDialog::updateButtons()
{
    m_create->setEnabled(!m_name->text().trimmed().isEmpty());
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    m_revoke->setEnabled(!rows.isEmpty() && m_model->isActive(rows.first().row()));
}

void DoorDevicesDialog::showError(const QString &message)
{
    m_message->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_message->setText(message);
}

void DoorDevicesDialog::reload()
{
    m_api->listDoorTokens(m_eventId,
                          this,
                          [this](const ApiResult<json> &result)
                          {
                              if (!result.ok())
                              {
                                  showError(result.error.userMessage());
                                  return;
                              }
                              m_model->setTokens(result.value->value("items", json::array()), m_lists);
                          });
}

void DoorDevicesDialog::createDevice(const QString &name, const QString &listId)
{
    if (name.isEmpty())
        return;
    m_create->setEnabled(false);
    m_api->createDoorToken(
        m_eventId,
        name,
        listId,
        this,
        [this, name, listId](const ApiResult<json> &result)
        {
            updateButtons();
            if (!result.ok())
            {
                showError(result.error.userMessage());
                return;
            }
            DoorPairing pairing;
            pairing.server = m_api->serverUrl();
            pairing.eventId = m_eventId;
            pairing.listId = listId;
            pairing.token = QString::fromStdString(result.value->value("token", std::string()));
            pairing.name = name;
            const QString text = pairing.encode();
            m_pairing->setText(text);
            if (const auto qr = QrCode::encode(text))
                m_qr->setPixmap(QPixmap::fromImage(qr->toImage(std::min(m_qr->width(), m_qr->height()))));
            m_message->setStyleSheet(QString());
            m_message->setText(tr("%1 can pair now. The code is shown only once.").arg(name));
            m_name->clear();
            emit statusMessage(tr("Door device %1 created").arg(name));
            reload();
        });
}

void DoorDevicesDialog::revokeSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const int row = rows.first().row();
    const QString id = m_model->tokenId(row);
    const QString name = m_model->data(m_model->index(row, DoorTokenModel::NameColumn)).toString();
    if (!confirmDestructive(this,
                            tr("Revoke door device"),
                            tr("Revoke %1?").arg(name),
                            tr("It can no longer check anyone in; a new device must be paired instead."),
                            tr("&Revoke")))
        return;
    m_api->revokeDoorToken(m_eventId,
                           id,
                           this,
                           [this, name](const ApiResult<Done> &result)
                           {
                               if (!result.ok())
                               {
                                   showError(result.error.userMessage());
                                   return;
                               }
                               m_message->setStyleSheet(QString());
                               m_message->setText(tr("%1 is revoked.").arg(name));
                               reload();
                           });
}

} // namespace nextevent::console
