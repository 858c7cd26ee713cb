// SPDX-License-Identifier: MIT
#pragma once

#include <optional>

#include <QDialog>

#include "desktop/door/DoorPairing.h"

class QLabel;
class QLineEdit;
class QPushButton;

namespace nextevent::console
{

/// Pairs this console as a door device: scan the door-token QR another console shows (a keyboard-wedge
/// scanner types it into the field and presses Enter) or paste its text. It checks the text's form, then
/// emits pairRequested() and stays open, busy, until its owner calls showError() or closes it.
class PairDoorDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PairDoorDialog(QWidget *parent = nullptr);

    QLineEdit *codeField() const;
    void showError(const QString &message);
    void accept() override;

signals:
    void pairRequested(const nextevent::console::DoorPairing &pairing);

private:
    QLineEdit *m_code;
    QLabel *m_error;
    QPushButton *m_pair;
};

} // namespace nextevent::console
