// SPDX-License-Identifier: MIT
#pragma once

#include <optional>

#include "nextevent/Event.h"

#include "desktop/qr/QrCode.h"
#include "desktop/views/Page.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPagedPaintDevice;
class QPushButton;
class QSpinBox;

namespace nextevent::console
{

class ApiClient;

/// QR codes for events: asks the server to make (or renew) the event's code, and falls back on a
/// local code of the event's page `<server>/m/events/{id}` when the server has no such route or
/// fails. The code is always rendered here (libqrencode): preview, PNG and SVG at a chosen size, a
/// print sheet as PDF, and printing.
class QrCodePage : public Page
{
    Q_OBJECT

public:
    QrCodePage(ApiClient *api, QWidget *parent = nullptr);

    QString title() const override;
    void focusSearch() override;
    void reload() override;
    void activate() override;

    /// Selects `event` and makes its code.
    void openEvent(const Event &event);
    /// Makes the code for the selected event.
    void generate();

    /// The code on screen, if any.
    const std::optional<QrCode> &code() const;
    /// Where the content came from, for the person and for tests: true when the server made it.
    bool fromServer() const;
    /// Export size in pixels.
    void setExportSize(int pixels);

    bool exportPng(const QString &path) const;
    bool exportSvg(const QString &path) const;
    bool exportPdf(const QString &path) const;

signals:
    void statusMessage(const QString &message);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void loadEvents();
    void setContent(const QString &content, bool fromServer, const QString &note);
    void updatePreview();
    /// Lays out one sheet: title, date and place, the code, its text.
    void paintSheet(QPagedPaintDevice &device) const;
    void print();
    QString suggestedPath(const QString &suffix) const;

    ApiClient *m_api;
    std::optional<Event> m_event;
    std::optional<QrCode> m_code;
    bool m_fromServer = false;
    QLineEdit *m_search;
    QComboBox *m_events;
    QPushButton *m_generate;
    QLabel *m_preview;
    QLineEdit *m_content;
    QLabel *m_note;
    /// Shown when the code points at this computer only (phones reach nothing).
    QLabel *m_localWarning;
    QSpinBox *m_size;
    QPushButton *m_png;
    QPushButton *m_svg;
    QPushButton *m_pdf;
    QPushButton *m_print;
    std::vector<Event> m_eventList;
};

} // namespace nextevent::console
