// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QMessageBox;
class QWidget;

namespace nextevent::console
{

/// Asks before something that cannot be undone. The confirm button names the action ("Delete survey",
/// not "Yes") and Cancel is both the default and the Escape button, so a reflexive Enter loses nothing.
/// `text` says what goes, `informative` (optional) what goes with it ("and its 1,204 responses").
bool confirmDestructive(QWidget *parent,
                        const QString &title,
                        const QString &text,
                        const QString &informative,
                        const QString &action,
                        const QString &keep = QString());

/// The same box, not yet shown (for tests, and for callers that need more buttons). Its object name is
/// "confirmDestructive"; the confirm button's is "confirmAction", the safe one's "confirmKeep". `keep`
/// names the safe button when the action itself is a cancelling; empty: Qt's Cancel.
QMessageBox *makeDestructiveBox(QWidget *parent,
                                const QString &title,
                                const QString &text,
                                const QString &informative,
                                const QString &action,
                                const QString &keep = QString());

} // namespace nextevent::console
