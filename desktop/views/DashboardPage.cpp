// SPDX-License-Identifier: MIT
#include "desktop/views/DashboardPage.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QListWidget>
#include <QVBoxLayout>
#include <QValueAxis>

#include "desktop/api/ApiClient.h"
#include "desktop/models/Convert.h"
#include "desktop/models/DashboardModel.h"
#include "desktop/models/EventAnalyticsModel.h"
#include "desktop/models/StatusText.h"

namespace nextevent::console
{

DashboardPage::DashboardPage(ApiClient *api, RealtimeClient *realtime, QWidget *parent)
    : Page(parent)
    , m_api(api)
    , m_model(new DashboardModel(api, realtime, this))
    , m_analytics(new EventAnalyticsModel(api, realtime, this))
    , m_dateLabel(new QLabel(this))
    , m_errorLabel(new QLabel(this))
    , m_events(new QListWidget(this))
    , m_eventChooser(new QComboBox(this))
    , m_chart(new QChart)
    , m_chartView(new QChartView(m_chart, this))
    , m_timeAxis(new QDateTimeAxis(m_chart))
    , m_countAxis(new QValueAxis(m_chart))
    , m_totalsLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("dashboardPage"));
    auto *layout = new QVBoxLayout(this);
    QFont heading = m_dateLabel->font();
    heading.setPointSizeF(heading.pointSizeF() * 1.3);
    heading.setBold(true);
    m_dateLabel->setFont(heading);
    layout->addWidget(m_dateLabel);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->hide();
    layout->addWidget(m_errorLabel);

    // One tile per figure: a big number over its name.
    auto *tiles = new QHBoxLayout;
    for (int kpi = 0; kpi < DashboardModel::KpiCount; ++kpi)
    {
        auto *tile = new QFrame(this);
        tile->setFrameShape(QFrame::StyledPanel);
        tile->setObjectName(QStringLiteral("kpiTile%1").arg(kpi));
        auto *tileLayout = new QVBoxLayout(tile);
        auto *value = new QLabel(QStringLiteral("–"), tile);
        QFont big = value->font();
        big.setPointSizeF(big.pointSizeF() * 2.6);
        big.setBold(true);
        value->setFont(big);
        value->setAlignment(Qt::AlignCenter);
        auto *name = new QLabel(DashboardModel::label(static_cast<DashboardModel::Kpi>(kpi)), tile);
        name->setAlignment(Qt::AlignCenter);
        name->setWordWrap(true); // five tiles side by side must fit a small screen at 150 %
        tileLayout->addWidget(value);
        tileLayout->addWidget(name);
        tiles->addWidget(tile);
        m_values.append(value);
    }
    layout->addLayout(tiles);

    auto *lower = new QGridLayout;
    lower->addWidget(new QLabel(tr("Today's events"), this), 0, 0);
    m_events->setObjectName(QStringLiteral("eventsToday"));
    m_events->setWordWrap(true);
    m_events->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    lower->addWidget(m_events, 1, 0, 2, 1);
    auto *chooserRow = new QHBoxLayout;
    chooserRow->addWidget(new QLabel(tr("Activity in the last hour of"), this));
    m_eventChooser->setObjectName(QStringLiteral("eventChooser"));
    m_eventChooser->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    chooserRow->addWidget(m_eventChooser, 1);
    lower->addLayout(chooserRow, 0, 1);
    m_chartView->setObjectName(QStringLiteral("analyticsChart"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(fontMetrics().lineSpacing() * 16);
    lower->addWidget(m_chartView, 1, 1);
    lower->addWidget(m_totalsLabel, 2, 1);
    lower->setColumnStretch(0, 1);
    lower->setColumnStretch(1, 3);
    layout->addLayout(lower, 1);

    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_timeAxis->setFormat(QStringLiteral("HH:mm"));
    m_timeAxis->setTickCount(7);
    m_countAxis->setLabelFormat(QStringLiteral("%d"));
    m_chart->addAxis(m_timeAxis, Qt::AlignBottom);
    m_chart->addAxis(m_countAxis, Qt::AlignLeft);
    for (int column = EventAnalyticsModel::RegistrationsColumn; column < EventAnalyticsModel::ColumnCount;
         ++column)
    {
        auto *series = new QLineSeries(m_chart);
        series->setName(m_analytics->headerData(column, Qt::Horizontal).toString());
        m_chart->addSeries(series);
        series->attachAxis(m_timeAxis);
        series->attachAxis(m_countAxis);
        m_series.append(series);
    }

    connect(m_model, &DashboardModel::dashboardChanged, this, &DashboardPage::updateTiles);
    connect(m_model, &DashboardModel::dashboardChanged, this, &DashboardPage::updateEvents);
    connect(m_model, &DashboardModel::loadFailed, this, &DashboardPage::showError);
    connect(m_analytics, &EventAnalyticsModel::analyticsChanged, this, &DashboardPage::updateChart);
    connect(m_analytics, &EventAnalyticsModel::loadFailed, this, &DashboardPage::showError);
    connect(m_eventChooser,
            &QComboBox::currentIndexChanged,
            this,
            [this] { m_analytics->setEventId(m_eventChooser->currentData().toString()); });
    connect(m_events,
            &QListWidget::currentRowChanged,
            this,
            [this](int row)
            {
                if (QListWidgetItem *item = m_events->item(row))
                    chooseEvent(item->data(Qt::UserRole).toString());
            });
    updateTiles();
    updateChart();
}

QString DashboardPage::title() const
{
    return tr("Dashboard");
}

void DashboardPage::activate()
{
    if (m_started)
        return;
    m_started = true;
    m_model->start();
}

void DashboardPage::reload()
{
    m_model->refresh();
    m_analytics->refresh();
}

DashboardModel *DashboardPage::model() const
{
    return m_model;
}

EventAnalyticsModel *DashboardPage::analytics() const
{
    return m_analytics;
}

QChart *DashboardPage::chart() const
{
    return m_chart;
}

QString DashboardPage::tileText(int kpi) const
{
    return m_values.value(kpi) ? m_values[kpi]->text() : QString();
}

void DashboardPage::chooseEvent(const QString &id)
{
    const int index = m_eventChooser->findData(id);
    if (index >= 0)
        m_eventChooser->setCurrentIndex(index);
}

void DashboardPage::showError(const ApiError &error)
{
    m_errorLabel->setText(error.userMessage());
    m_errorLabel->show();
}

void DashboardPage::updateTiles()
{
    if (!m_model->isLoaded())
        return;
    m_errorLabel->hide();
    for (int kpi = 0; kpi < DashboardModel::KpiCount; ++kpi)
        m_values[kpi]->setText(QLocale().toString(m_model->value(static_cast<DashboardModel::Kpi>(kpi))));
    const QDate day = QDate::fromString(m_model->date(), Qt::ISODate);
    m_dateLabel->setText(tr("Today, %1 — updated %2")
                             .arg(QLocale().toString(day, QLocale::LongFormat),
                                  QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
}

void DashboardPage::updateEvents()
{
    const QString selected = m_eventChooser->currentData().toString();
    m_events->clear();
    for (const Event &event : m_model->eventsToday())
    {
        auto *item = new QListWidgetItem(tr("%1 — %2, %3 registered, %4 checked in")
                                             .arg(toQString(event.title), StatusText::event(event.status))
                                             .arg(event.counts.registered)
                                             .arg(event.counts.checkedIn),
                                         m_events);
        item->setData(Qt::UserRole, toQString(event.id));
        item->setToolTip(formatLocal(event.startDate) + QStringLiteral(" – ") + formatLocal(event.endDate));
    }
    if (m_model->eventsToday().empty())
    {
        auto *none = new QListWidgetItem(tr("No events today."), m_events);
        none->setFlags(Qt::NoItemFlags);
        if (m_eventChooser->count() == 0)
            fillChooserFromList();
        return;
    }
    // The chooser offers the day's events; the chart keeps its event when it is still among them.
    const QSignalBlocker block(m_eventChooser);
    m_eventChooser->clear();
    for (const Event &event : m_model->eventsToday())
        m_eventChooser->addItem(toQString(event.title), toQString(event.id));
    const int keep = m_eventChooser->findData(selected);
    m_eventChooser->setCurrentIndex(keep >= 0 ? keep : 0);
    m_analytics->setEventId(m_eventChooser->currentData().toString());
}

void DashboardPage::fillChooserFromList()
{
    // No event today: offer the most recent events instead, so the chart still has something to show.
    ListQuery query;
    query.pageSize = 30;
    query.sort = QStringLiteral("startDate");
    query.descending = true;
    m_api->listEvents(query,
                      this,
                      [this](const ApiResult<ListPage<Event>> &result)
                      {
                          if (!result.ok())
                          {
                              showError(result.error);
                              return;
                          }
                          if (m_eventChooser->count() > 0)
                              return;
                          const QSignalBlocker block(m_eventChooser);
                          for (const Event &event : result.value->items)
                              m_eventChooser->addItem(toQString(event.title), toQString(event.id));
                          if (m_eventChooser->count() > 0)
                          {
                              m_eventChooser->setCurrentIndex(0);
                              m_analytics->setEventId(m_eventChooser->currentData().toString());
                          }
                      });
}

void DashboardPage::updateChart()
{
    const int rows = m_analytics->rowCount();
    for (int s = 0; s < m_series.size(); ++s)
    {
        QList<QPointF> points;
        points.reserve(rows);
        for (int row = 0; row < rows; ++row)
            points.append(QPointF(m_analytics->index(row, 0).data(Qt::UserRole).toDouble(),
                                  m_analytics->index(row, s + 1).data(Qt::UserRole).toDouble()));
        m_series[s]->replace(points);
    }
    if (m_analytics->from().isValid() && m_analytics->to().isValid())
        m_timeAxis->setRange(m_analytics->from().toLocalTime(), m_analytics->to().toLocalTime());
    else
        m_timeAxis->setRange(QDateTime::currentDateTime().addSecs(-3600), QDateTime::currentDateTime());
    // Whole numbers on the count axis: a tick every `step`, about five of them, and some headroom.
    const qint64 peak = std::max<qint64>(4, m_analytics->peak() + 1);
    const qint64 step = std::max<qint64>(1, (peak + 4) / 5);
    m_countAxis->setRange(0, static_cast<double>(step * ((peak + step - 1) / step)));
    m_countAxis->setTickType(QValueAxis::TicksDynamic);
    m_countAxis->setTickAnchor(0);
    m_countAxis->setTickInterval(static_cast<double>(step));
    m_totalsLabel->setText(
        tr("Last hour: %1 registrations, %2 check-ins, %3 survey responses, %4 article views")
            .arg(m_analytics->total(EventAnalyticsModel::RegistrationsColumn))
            .arg(m_analytics->total(EventAnalyticsModel::CheckInsColumn))
            .arg(m_analytics->total(EventAnalyticsModel::ResponsesColumn))
            .arg(m_analytics->total(EventAnalyticsModel::ArticleViewsColumn)));
}

} // namespace nextevent::console
