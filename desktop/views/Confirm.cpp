// SPDX-License-Identifier: MIT
#include "desktop/views/Confirm.h"

#include <memory>

#include <QMessageBox>
#include <QPushButton>

namespace nextevent::console
{

QMessageBox *makeDestructiveBox(QWidget *parent,
                                const QString &title,
                                const QString &text,
                                const QString &informative,
                                const QString &action,
                                const QString &keep)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::NoButton, parent);
    box->setObjectName(QStringLiteral("confirmDestructive"));
    if (!informative.isEmpty())
        box->setInformativeText(informative);
    QPushButton *confirm = box->addButton(action, QMessageBox::DestructiveRole);
    confirm->setObjectName(QStringLiteral("confirmAction"));
    // Qt's own Cancel (translated with Qt's catalogue) unless the action is itself a cancelling
    // ("Cancel event"), where "Keep event" tells the two apart.
    QPushButton *cancel =
        keep.isEmpty() ? box->addButton(QMessageBox::Cancel) : box->addButton(keep, QMessageBox::RejectRole);
    cancel->setObjectName(QStringLiteral("confirmKeep"));
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    return box;
}

bool confirmDestructive(QWidget *parent,
                        const QString &title,
                        const QString &text,
                        const QString &informative,
                        const QString &action,
                        const QString &keep)
{
    std::unique_ptr<QMessageBox> box(makeDestructiveBox(parent, title, text, informative, action, keep));
    box->exec();
    return box->clickedButton() && box->clickedButton()->objectName() == QLatin1String("confirmAction");
}

} // namespace nextevent::console
