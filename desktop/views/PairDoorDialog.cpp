// SPDX-License-Identifier: MIT
#include "desktop/views/PairDoorDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace nextevent::console
{

PairDoorDialog::PairDoorDialog(QWidget *parent)
    : QDialog(parent)
    , m_code(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_pair(nullptr)
{
    setObjectName(QStringLiteral("pairDoorDialog"));
    setWindowTitle(tr("Pair as door device"));
    auto *help = new QLabel(tr("Scan the door device's QR code shown on the organiser's console "
                               "(Check-in → Door devices), or paste its text, then press Enter."),
                            this);
    help->setWordWrap(true);
    m_code->setObjectName(QStringLiteral("pairingCode"));
    m_code->setAccessibleName(tr("Pairing code"));
    m_code->setPlaceholderText(tr("NEDOOR1|…"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_pair = buttons->button(QDialogButtonBox::Ok);
    m_pair->setText(tr("&Pair"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(help);
    layout->addWidget(m_code);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 70, sizeHint().height());
    connect(buttons, &QDialogButtonBox::accepted, this, &PairDoorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QLineEdit *PairDoorDialog::codeField() const
{
    return m_code;
}

void PairDoorDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
    m_code->setEnabled(true);
    m_pair->setEnabled(true);
    m_code->selectAll();
    m_code->setFocus();
}

void PairDoorDialog::accept()
{
    const auto pairing = DoorPairing::parse(m_code->text());
    if (!pairing)
    {
        showError(tr("This is not a door device code. Scan the QR code under Check-in → Door devices."));
        return;
    }
    m_error->hide();
    m_code->setEnabled(false);
    m_pair->setEnabled(false);
    emit pairRequested(*pairing);
}

} // namespace nextevent::console
