// SPDX-License-Identifier: MIT
#include "desktop/views/BadgeDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

#include "desktop/api/ApiClient.h"
#include "desktop/door/BadgeSource.h"
#include "desktop/models/Convert.h"

namespace nextevent::console
{
namespace
{
constexpr int kPageSize = 100;
constexpr int kIdRole = Qt::UserRole + 1;
} // namespace

BadgeDialog::BadgeDialog(ApiClient *api, const Event &event, QWidget *parent)
    : QDialog(parent)
    , m_api(api)
    , m_event(event)
    , m_source(new BadgeSource(api, this))
    , m_layout(new QComboBox(this))
    , m_fields(new QListWidget(this))
    , m_attendees(new QListWidget(this))
    , m_all(new QPushButton(tr("Tick &all"), this))
    , m_none(new QPushButton(tr("Tick &none"), this))
    , m_pdf(new QPushButton(tr("Save as &PDF…"), this))
    , m_print(new QPushButton(tr("&Print…"), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("badgeDialog"));
    setWindowTitle(tr("Badges – %1").arg(toQString(event.title)));
    for (BadgeLayout layout : {BadgeLayout::A6, BadgeLayout::Label90x54, BadgeLayout::A4Sheet})
        m_layout->addItem(BadgeRenderer::layoutName(layout), static_cast<int>(layout));
    m_fields->setAccessibleName(tr("Answers on the badge"));
    for (const FormField &field : event.registrationForm)
    {
        auto *item = new QListWidgetItem(toQString(field.label), m_fields);
        item->setData(kIdRole, toQString(field.id));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_fields->setVisible(m_fields->count() > 0);
    m_attendees->setAccessibleName(tr("Attendees to print"));
    m_status->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Layout:"), m_layout);
    if (m_fields->count() > 0)
        form->addRow(tr("A&nswers shown:"), m_fields);
    auto *tick = new QHBoxLayout;
    tick->addWidget(m_all);
    tick->addWidget(m_none);
    tick->addStretch(1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_pdf, QDialogButtonBox::ActionRole);
    buttons->addButton(m_print, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Registered attendees:"), this));
    layout->addWidget(m_attendees, 1);
    layout->addLayout(tick);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 80, fontMetrics().lineSpacing() * 30);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_pdf, &QPushButton::clicked, this, &BadgeDialog::savePdf);
    connect(m_print, &QPushButton::clicked, this, &BadgeDialog::print);
    const auto tickAll = [this](Qt::CheckState state)
    {
        for (int i = 0; i < m_attendees->count(); ++i)
            m_attendees->item(i)->setCheckState(state);
    };
    connect(m_all, &QPushButton::clicked, this, [tickAll] { tickAll(Qt::Checked); });
    connect(m_none, &QPushButton::clicked, this, [tickAll] { tickAll(Qt::Unchecked); });
    connect(m_source,
            &BadgeSource::progress,
            this,
            [this](int done, int total)
            { m_status->setText(tr("Preparing badges: %1 of %2…").arg(done).arg(total)); });
    setBusy(true, tr("Loading attendees…"));
    loadAttendees(1);
}

BadgeLayout BadgeDialog::layoutChoice() const
{
    return static_cast<BadgeLayout>(m_layout->currentData().toInt());
}

void BadgeDialog::setLayoutChoice(BadgeLayout layout)
{
    m_layout->setCurrentIndex(m_layout->findData(static_cast<int>(layout)));
}

int BadgeDialog::attendeeCount() const
{
    return m_attendees->count();
}

QStringList BadgeDialog::chosenAttendees() const
{
    QStringList ids;
    for (int i = 0; i < m_attendees->count(); ++i)
        if (m_attendees->item(i)->checkState() == Qt::Checked)
            ids << m_attendees->item(i)->data(kIdRole).toString();
    return ids;
}

QStringList BadgeDialog::chosenFields() const
{
    QStringList ids;
    for (int i = 0; i < m_fields->count(); ++i)
        if (m_fields->item(i)->checkState() == Qt::Checked)
            ids << m_fields->item(i)->data(kIdRole).toString();
    return ids;
}

void BadgeDialog::setBusy(bool busy, const QString &message)
{
    m_pdf->setEnabled(!busy && m_attendees->count() > 0);
    m_print->setEnabled(!busy && m_attendees->count() > 0);
    m_status->setStyleSheet(QString());
    m_status->setText(message);
}

void BadgeDialog::loadAttendees(int page)
{
    ListQuery query;
    query.page = page;
    query.pageSize = kPageSize;
    query.status = QStringLiteral("registered");
    m_api->listAttendees(toQString(m_event.id),
                         query,
                         this,
                         [this, page](const ApiResult<ListPage<Attendee>> &result)
                         {
                             if (!result.ok())
                             {
                                 setBusy(false, result.error.userMessage());
                                 m_status->setStyleSheet(QStringLiteral("color: #b3261e;"));
                                 return;
                             }
                             for (const Attendee &a : result.value->items)
                             {
                                 auto *item = new QListWidgetItem(
                                     a.name.empty() ? tr("(WeChat user)") : toQString(a.name), m_attendees);
                                 item->setData(kIdRole, toQString(a.id));
                                 item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
                                 item->setCheckState(Qt::Checked);
                             }
                             if (static_cast<qint64>(page) * kPageSize < result.value->total)
                             {
                                 loadAttendees(page + 1);
                                 return;
                             }
                             setBusy(false,
                                     m_attendees->count() == 0
                                         ? tr("Nobody is registered yet.")
                                         : tr("%n registered attendee(s).", nullptr, m_attendees->count()));
                             emit attendeesLoaded();
                         });
}

void BadgeDialog::loadBadges(std::function<void(const QList<BadgeData> &)> then)
{
    const QStringList ids = chosenAttendees();
    if (ids.isEmpty())
    {
        m_status->setText(tr("Tick at least one attendee."));
        emit done(false, m_status->text());
        return;
    }
    setBusy(true, tr("Preparing badges…"));
    auto *context = new QObject(this);
    connect(m_source,
            &BadgeSource::loaded,
            context,
            [this, context, then](const QList<BadgeData> &badges)
            {
                context->deleteLater();
                setBusy(false, QString());
                then(badges);
            });
    connect(m_source,
            &BadgeSource::failed,
            context,
            [this, context](const QString &message)
            {
                context->deleteLater();
                setBusy(false, message);
                m_status->setStyleSheet(QStringLiteral("color: #b3261e;"));
                emit done(false, message);
            });
    m_source->load(m_event, ids, chosenFields());
}

void BadgeDialog::saveTo(const QString &path)
{
    const BadgeLayout layout = layoutChoice();
    loadBadges(
        [this, path, layout](const QList<BadgeData> &badges)
        {
            QString error;
            if (!BadgeRenderer::writePdf(path, layout, badges, &error))
            {
                m_status->setStyleSheet(QStringLiteral("color: #b3261e;"));
                m_status->setText(error);
                emit done(false, error);
                return;
            }
            m_status->setText(
                tr("%n badge(s) saved to %1.", nullptr, static_cast<int>(badges.size())).arg(path));
            emit done(true, m_status->text());
        });
}

void BadgeDialog::savePdf()
{
    const QString suggested =
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QStringLiteral("/badges.pdf");
    const QString path = QFileDialog::getSaveFileName(this, tr("Save badges"), suggested, tr("PDF (*.pdf)"));
    if (!path.isEmpty())
        saveTo(path);
}

void BadgeDialog::print()
{
    const BadgeLayout layout = layoutChoice();
    loadBadges(
        [this, layout](const QList<BadgeData> &badges)
        {
            QPrinter printer(QPrinter::HighResolution);
            printer.setPageLayout(BadgeRenderer::pageLayout(layout));
            QPrintDialog dialog(&printer, this);
            if (dialog.exec() != QDialog::Accepted)
                return;
            const bool ok = BadgeRenderer::paint(printer, layout, badges);
            m_status->setText(
                ok ? tr("%n badge(s) sent to the printer.", nullptr, static_cast<int>(badges.size()))
                   : tr("The printer refused the badges."));
            emit done(ok, m_status->text());
        });
}

} // namespace nextevent::console
