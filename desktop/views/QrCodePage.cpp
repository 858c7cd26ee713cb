// SPDX-License-Identifier: MIT
#include "desktop/views/QrCodePage.h"

#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSpinBox>
#include <QStandardPaths>
#include <QVBoxLayout>

#include "desktop/api/ApiClient.h"
#include "desktop/models/Convert.h"
#include "desktop/models/EventChoice.h"
#include "desktop/models/StatusText.h"
#include "desktop/views/LocalAddress.h"

namespace nextevent::console
{

QrCodePage::QrCodePage(ApiClient *api, QWidget *parent)
    : Page(parent)
    , m_api(api)
    , m_search(new QLineEdit(this))
    , m_events(new QComboBox(this))
    , m_generate(new QPushButton(tr("&Make QR code"), this))
    , m_preview(new QLabel(this))
    , m_content(new QLineEdit(this))
    , m_note(new QLabel(this))
    , m_localWarning(new QLabel(this))
    , m_size(new QSpinBox(this))
    , m_png(new QPushButton(tr("Export &PNG…"), this))
    , m_svg(new QPushButton(tr("Export &SVG…"), this))
    , m_pdf(new QPushButton(tr("Print sheet as P&DF…"), this))
    , m_print(new QPushButton(tr("P&rint…"), this))
{
    setObjectName(QStringLiteral("qrCodePage"));
    m_search->setPlaceholderText(tr("Find an event (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_events->setObjectName(QStringLiteral("qrEventCombo"));
    m_events->setAccessibleName(tr("Event"));
    m_events->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_events->setMinimumContentsLength(30);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setMinimumSize(fontMetrics().height() * 16, fontMetrics().height() * 16);
    m_preview->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    m_preview->setAccessibleName(tr("QR code preview"));
    m_content->setReadOnly(true);
    m_content->setAccessibleName(tr("Encoded text"));
    m_note->setWordWrap(true);
    m_localWarning->setObjectName(QStringLiteral("qrLocalOnlyWarning"));
    m_localWarning->setWordWrap(true);
    m_localWarning->setStyleSheet(QStringLiteral("color: white; background: #b26a00; padding: 0.4em;"));
    m_localWarning->hide();
    m_size->setRange(64, 4096);
    m_size->setSingleStep(64);
    m_size->setValue(512);
    m_size->setSuffix(tr(" px"));
    m_size->setAccessibleName(tr("Export size"));
    m_size->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);

    auto *pick = new QHBoxLayout;
    pick->addWidget(m_search, 1);
    pick->addWidget(m_events, 2);
    pick->addWidget(m_generate);

    auto *form = new QFormLayout;
    form->addRow(tr("Encoded text:"), m_content);
    form->addRow(QString(), m_note);
    form->addRow(QString(), m_localWarning);
    form->addRow(tr("Export size:"), m_size);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_png);
    buttons->addWidget(m_svg);
    buttons->addWidget(m_pdf);
    buttons->addWidget(m_print);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(pick);
    layout->addWidget(m_preview, 1);
    layout->addLayout(form);
    layout->addLayout(buttons);

    connect(m_search, &QLineEdit::returnPressed, this, &QrCodePage::loadEvents);
    connect(m_events,
            &QComboBox::currentIndexChanged,
            this,
            [this](int index)
            {
                m_event = index >= 0 && index < static_cast<int>(m_eventList.size())
                              ? std::optional<Event>(m_eventList[static_cast<std::size_t>(index)])
                              : std::nullopt;
                m_generate->setEnabled(m_event.has_value());
                m_code.reset();
                m_content->clear();
                m_note->clear();
                updatePreview();
            });
    connect(m_generate, &QPushButton::clicked, this, &QrCodePage::generate);
    connect(m_size, &QSpinBox::valueChanged, this, &QrCodePage::updatePreview);
    connect(m_png,
            &QPushButton::clicked,
            this,
            [this]
            {
                const QString path = QFileDialog::getSaveFileName(
                    this, tr("Export PNG"), suggestedPath(QStringLiteral(".png")), tr("PNG images (*.png)"));
                if (!path.isEmpty() && !exportPng(path))
                    m_note->setText(tr("Could not write %1.").arg(QDir::toNativeSeparators(path)));
            });
    connect(m_svg,
            &QPushButton::clicked,
            this,
            [this]
            {
                const QString path = QFileDialog::getSaveFileName(
                    this, tr("Export SVG"), suggestedPath(QStringLiteral(".svg")), tr("SVG images (*.svg)"));
                if (!path.isEmpty() && !exportSvg(path))
                    m_note->setText(tr("Could not write %1.").arg(QDir::toNativeSeparators(path)));
            });
    connect(m_pdf,
            &QPushButton::clicked,
            this,
            [this]
            {
                const QString path = QFileDialog::getSaveFileName(this,
                                                                  tr("Print sheet as PDF"),
                                                                  suggestedPath(QStringLiteral(".pdf")),
                                                                  tr("PDF files (*.pdf)"));
                if (!path.isEmpty() && !exportPdf(path))
                    m_note->setText(tr("Could not write %1.").arg(QDir::toNativeSeparators(path)));
            });
    connect(m_print, &QPushButton::clicked, this, &QrCodePage::print);
    m_generate->setEnabled(false);
    updatePreview();
}

void QrCodePage::resizeEvent(QResizeEvent *event)
{
    Page::resizeEvent(event);
    updatePreview();
}

QString QrCodePage::title() const
{
    return tr("QR codes");
}

void QrCodePage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void QrCodePage::reload()
{
    loadEvents();
}

void QrCodePage::activate()
{
    if (m_eventList.empty())
        loadEvents();
}

const std::optional<QrCode> &QrCodePage::code() const
{
    return m_code;
}

bool QrCodePage::fromServer() const
{
    return m_fromServer;
}

void QrCodePage::setExportSize(int pixels)
{
    m_size->setValue(pixels);
}

void QrCodePage::loadEvents()
{
    ListQuery query;
    query.pageSize = 100;
    query.search = m_search->text().trimmed();
    query.sort = QStringLiteral("startDate");
    query.descending = true;
    m_api->listEvents(
        query,
        this,
        [this](const ApiResult<ListPage<Event>> &result)
        {
            if (!result.ok())
            {
                m_note->setText(tr("Could not load events: %1").arg(result.error.userMessage()));
                return;
            }
            const std::optional<Event> keep = m_event;
            const QSignalBlocker block(m_events);
            m_eventList = result.value->items;
            if (keep && std::none_of(m_eventList.begin(),
                                     m_eventList.end(),
                                     [&](const Event &e) { return e.id == keep->id; }))
                m_eventList.insert(m_eventList.begin(), *keep);
            m_events->clear();
            int current = -1;
            for (std::size_t i = 0; i < m_eventList.size(); ++i)
            {
                const Event &event = m_eventList[i];
                m_events->addItem(tr("%1 (%2, %3)")
                                      .arg(toQString(event.title),
                                           formatLocal(event.startDate),
                                           StatusText::event(event.status)));
                if (keep && keep->id == event.id)
                    current = static_cast<int>(i);
            }
            m_events->setCurrentIndex(current >= 0 ? current : preferredEvent(m_eventList, nextevent::now()));
            m_event =
                m_events->currentIndex() >= 0
                    ? std::optional<Event>(m_eventList[static_cast<std::size_t>(m_events->currentIndex())])
                    : std::nullopt;
            m_generate->setEnabled(m_event.has_value());
            updatePreview(); // "press Make QR code", not "choose an event", once one is chosen
        });
}

void QrCodePage::openEvent(const Event &event)
{
    m_event = event;
    const QSignalBlocker block(m_events);
    auto found = std::find_if(
        m_eventList.begin(), m_eventList.end(), [&](const Event &e) { return e.id == event.id; });
    if (found == m_eventList.end())
    {
        m_eventList.insert(m_eventList.begin(), event);
        m_events->insertItem(
            0,
            tr("%1 (%2, %3)")
                .arg(toQString(event.title), formatLocal(event.startDate), StatusText::event(event.status)));
        m_events->setCurrentIndex(0);
    }
    else
        m_events->setCurrentIndex(static_cast<int>(found - m_eventList.begin()));
    m_generate->setEnabled(true);
    generate();
}

void QrCodePage::generate()
{
    if (!m_event)
        return;
    const QString id = toQString(m_event->id);
    m_generate->setEnabled(false);
    m_note->setText(tr("Asking the server for the event's QR code…"));
    m_api->createEventQrCode(
        id,
        this,
        [this, id](const ApiResult<QrCodeInfo> &result)
        {
            m_generate->setEnabled(true);
            if (!m_event || toQString(m_event->id) != id)
                return;
            if (result.ok())
            {
                // Say what a phone does with the code, not where it was made: a WeChat ticket follows the
                // official account first, a page address opens the page.
                QString note = result.value->ticket.isEmpty()
                                   ? tr("Phones that scan it open the event's page.")
                                   : tr("WeChat users who scan it follow your official account and get the "
                                        "event's welcome message.");
                const QDateTime expires = QDateTime::fromString(result.value->expiresAt, Qt::ISODate);
                if (expires.isValid())
                    note += QLatin1Char(' ') +
                            tr("Valid until %1.")
                                .arg(QLocale().toString(expires.toLocalTime(), QLocale::ShortFormat));
                setContent(result.value->content, true, note);
                return;
            }
            // No QR route on this server, or it failed: a code of the event's public page still works.
            const QString reason = result.error.is(ErrorCode::NotFound)
                                       ? tr("the server has no QR code service for events")
                                       : result.error.userMessage();
            setContent(m_api->eventPageUrl(id).toString(),
                       false,
                       tr("Phones that scan it open the event's page (made here, because %1).").arg(reason));
        });
}

void QrCodePage::setContent(const QString &content, bool fromServer, const QString &note)
{
    m_code = QrCode::encode(content);
    m_fromServer = fromServer;
    m_content->setText(content);
    // A code printed with this computer's own address opens nothing on a phone: say so before printing.
    const QUrl url(content);
    const bool localOnly = m_code && isLocalOnly(url);
    m_localWarning->setVisible(localOnly);
    m_note->setVisible(!localOnly); // "phones open the page" would contradict the warning
    m_localWarning->setText(tr("Phones cannot open this code: it points at %1, this computer's own address. "
                               "Before printing it, ask the administrator to set the server's public URL "
                               "(NEXTEVENT_PUBLIC_URL).")
                                .arg(url.host()));
    m_note->setText(m_code ? note : tr("This text is too long for a QR code."));
    updatePreview();
    if (m_code)
        emit statusMessage(tr("QR code ready."));
}

void QrCodePage::updatePreview()
{
    const bool have = m_code.has_value();
    for (QPushButton *button : {m_png, m_svg, m_pdf, m_print})
        button->setEnabled(have);
    if (!have)
    {
        m_preview->setPixmap(QPixmap());
        m_preview->setText(m_event ? tr("Press “Make QR code” to create the event's code.")
                                   : tr("Choose an event to make its QR code."));
        return;
    }
    const qreal ratio = devicePixelRatioF();
    const int side = std::min(m_preview->width(), m_preview->height());
    QPixmap pixmap = QPixmap::fromImage(m_code->toImage(static_cast<int>(side * ratio)));
    pixmap.setDevicePixelRatio(ratio);
    m_preview->setPixmap(pixmap);
}

QString QrCodePage::suggestedPath(const QString &suffix) const
{
    QString name = m_event ? toQString(m_event->title).simplified() : tr("qr-code");
    name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]")), QStringLiteral("_"));
    return QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
        .filePath(name + QStringLiteral("-qr") + suffix);
}

bool QrCodePage::exportPng(const QString &path) const
{
    if (!m_code)
        return false;
    return m_code->toImage(m_size->value()).save(path, "PNG");
}

bool QrCodePage::exportSvg(const QString &path) const
{
    if (!m_code)
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(m_code->toSvg(m_size->value()));
    return file.commit();
}

bool QrCodePage::exportPdf(const QString &path) const
{
    if (!m_code)
        return false;
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setDocName(m_event ? toQString(m_event->title) : tr("QR code"));
    paintSheet(printer);
    return QFileInfo::exists(path);
}

void QrCodePage::print()
{
    if (!m_code)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(m_event ? toQString(m_event->title) : tr("QR code"));
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print QR code"));
    if (dialog.exec() == QDialog::Accepted)
        paintSheet(printer);
}

void QrCodePage::paintSheet(QPagedPaintDevice &device) const
{
    QPainter painter(&device);
    const QRectF page(0, 0, device.width(), device.height());
    const qreal margin = page.width() * 0.08;
    QRectF area = page.adjusted(margin, margin, -margin, -margin);

    QFont titleFont = painter.font();
    titleFont.setPointSizeF(24);
    titleFont.setBold(true);
    painter.setFont(titleFont);
    const QString heading = m_event ? toQString(m_event->title) : tr("QR code");
    QRectF used = painter.boundingRect(area, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, heading);
    painter.drawText(area, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, heading);
    area.setTop(used.bottom() + margin * 0.3);

    if (m_event)
    {
        QFont infoFont = painter.font();
        infoFont.setPointSizeF(14);
        infoFont.setBold(false);
        painter.setFont(infoFont);
        QStringList lines;
        if (m_event->startDate)
            lines << formatLocal(m_event->startDate);
        if (!m_event->location.empty())
            lines << toQString(m_event->location);
        const QString info = lines.join(QStringLiteral(" · "));
        used = painter.boundingRect(area, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, info);
        painter.drawText(area, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, info);
        area.setTop(used.bottom() + margin * 0.5);
    }

    const qreal side = std::min(area.width() * 0.75, area.height() * 0.65);
    const QRectF codeRect(area.center().x() - side / 2, area.top(), side, side);
    m_code->paint(painter, codeRect);
    area.setTop(codeRect.bottom() + margin * 0.3);

    QFont small = painter.font();
    small.setPointSizeF(11);
    small.setBold(false);
    painter.setFont(small);
    painter.drawText(area,
                     Qt::AlignHCenter | Qt::AlignTop | Qt::TextWrapAnywhere,
                     tr("Scan with WeChat to open the event.") + QLatin1Char('\n') + m_code->text());
}

} // namespace nextevent::console
