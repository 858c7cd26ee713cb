// SPDX-License-Identifier: MIT
#include "desktop/views/DoorDeviceWindow.h"

#include <QApplication>
#include <QMenuBar>

#include "nextevent/Event.h"

#include "desktop/api/ApiClient.h"
#include "desktop/door/DoorDesk.h"
#include "desktop/views/CheckInPanel.h"

namespace nextevent::console
{

DoorDeviceWindow::DoorDeviceWindow(ApiClient *api, const DoorPairing &pairing, QWidget *parent)
    : QMainWindow(parent)
    , m_panel(new CheckInPanel(api, this))
{
    setObjectName(QStringLiteral("doorDeviceWindow"));
    setWindowTitle(tr("NextEvent door – %1").arg(pairing.name));
    setCentralWidget(m_panel);
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *unpair = file->addAction(tr("&Unpair this device"));
    connect(unpair, &QAction::triggered, this, &DoorDeviceWindow::unpairRequested);
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, qApp, &QApplication::closeAllWindows);

    Event event;
    event.id = pairing.eventId.toStdString();
    event.title = pairing.name.toStdString();
    event.status = EventStatus::Active; // the server refuses scans of a closed event and says so
    m_panel->setEvent(event);
    if (!pairing.listId.isEmpty())
        connect(m_panel->desk(),
                &DoorDesk::listsChanged,
                this,
                [this, listId = pairing.listId] { m_panel->setGate(listId); });
    resize(fontMetrics().averageCharWidth() * 120, fontMetrics().lineSpacing() * 36);
}

CheckInPanel *DoorDeviceWindow::checkInPanel() const
{
    return m_panel;
}

} // namespace nextevent::console
