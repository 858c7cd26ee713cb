// SPDX-License-Identifier: MIT
#pragma once

#include <QMainWindow>

#include "desktop/door/DoorPairing.h"

namespace nextevent::console
{

class ApiClient;
class CheckInPanel;

/// The whole console of a paired door device: the check-in desk of its event (at its gate when the token
/// is tied to one), nothing else. A door token reads no events, so the event is named by the device.
class DoorDeviceWindow : public QMainWindow
{
    Q_OBJECT

public:
    DoorDeviceWindow(ApiClient *api, const DoorPairing &pairing, QWidget *parent = nullptr);

    CheckInPanel *checkInPanel() const;

signals:
    void unpairRequested();

private:
    CheckInPanel *m_panel;
};

} // namespace nextevent::console
