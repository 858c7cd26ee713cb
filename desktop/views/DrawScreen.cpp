// SPDX-License-Identifier: MIT
#include "desktop/views/DrawScreen.h"

#include <algorithm>
#include <cmath>
#include <memory>
#include <set>

#include <QCloseEvent>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QLinearGradient>
#include <QPainter>
#include <QScreen>
#include <QSet>

#include "desktop/api/ApiClient.h"
#include "desktop/api/RealtimeClient.h"
#include "desktop/models/Convert.h"

namespace nextevent::console
{
namespace
{
constexpr int kAttendeePages = 5; // at most 500 names cycle; enough to look like the whole room
constexpr int kTicksBetweenSlots = 6;

const QColor kGold(0xff, 0xd5, 0x4f);
const QColor kCream(0xff, 0xf3, 0xe0);

/// The largest font (by pixel size, at most `maxPixels`) in which `text` fits `width`.
QFont fitted(QFont font, const QString &text, int maxPixels, int width)
{
    int pixels = std::max(8, maxPixels);
    font.setPixelSize(pixels);
    while (pixels > 8 && QFontMetrics(font).horizontalAdvance(text) > width)
    {
        pixels = pixels * 9 / 10;
        font.setPixelSize(pixels);
    }
    return font;
}
} // namespace

DrawScreen::DrawScreen(ApiClient *api,
                       RealtimeClient *realtime,
                       const QString &eventId,
                       const QString &eventTitle,
                       const QStringList &drawIds,
                       int startRound,
                       QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_api(api)
    , m_realtime(realtime)
    , m_eventId(eventId)
    , m_eventTitle(eventTitle)
    , m_drawIds(drawIds)
{
    setObjectName(QStringLiteral("drawScreen"));
    setWindowTitle(tr("Draw: %1").arg(eventTitle));
    setAttribute(Qt::WA_DeleteOnClose);
    setFocusPolicy(Qt::StrongFocus);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &DrawScreen::tick);
    if (m_realtime)
        connect(m_realtime, &RealtimeClient::topicChanged, this, &DrawScreen::onTopic);
    showRound(startRound);
}

DrawScreen::~DrawScreen()
{
    if (m_realtime && !m_subscribed.isEmpty())
        m_realtime->unsubscribe(m_subscribed);
}

void DrawScreen::present(QScreen *screen)
{
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    if (screen)
    {
        setScreen(screen);
        setGeometry(screen->geometry());
    }
    showFullScreen();
    raise();
    activateWindow();
}

int DrawScreen::round() const
{
    return m_round;
}

int DrawScreen::roundCount() const
{
    return static_cast<int>(m_drawIds.size());
}

QString DrawScreen::topic() const
{
    return m_drawIds.isEmpty() ? QString() : QStringLiteral("draw:") + m_drawIds.at(m_round);
}

void DrawScreen::showRound(int index)
{
    if (m_drawIds.isEmpty())
    {
        setStatus(tr("This event has no draws yet."));
        return;
    }
    m_round = std::clamp(index, 0, roundCount() - 1);
    ++m_generation;
    m_timer.stop();
    m_draw.reset();
    m_slots.clear();
    m_poolNames.clear();
    m_choice = -1;
    m_busy = false;
    if (m_realtime)
    {
        if (!m_subscribed.isEmpty())
            m_realtime->unsubscribe(m_subscribed);
        m_subscribed = topic();
        m_realtime->subscribe(m_subscribed);
    }
    setStatus(tr("Loading the draw…"));
    load();
    loadNames();
    update();
}

void DrawScreen::load()
{
    const int generation = m_generation;
    m_api->getDraw(m_drawIds.at(m_round),
                   this,
                   [this, generation](const ApiResult<nlohmann::json> &result)
                   {
                       if (generation != m_generation)
                           return;
                       if (!result.ok())
                       {
                           setStatus(result.error.userMessage());
                           return;
                       }
                       applyDraw(*result.value);
                   });
}

void DrawScreen::loadNames()
{
    // The names that cycle are the pool's own, masked as the winners will be.
    const int generation = m_generation;
    auto poolIds = std::make_shared<std::set<std::string>>();
    m_api->getDrawPool(
        m_drawIds.at(m_round),
        this,
        [this, generation, poolIds](const ApiResult<nlohmann::json> &pool)
        {
            if (generation != m_generation || !pool.ok())
                return;
            for (const auto &id : pool.value->value("items", nlohmann::json::array()))
                if (id.is_string())
                    poolIds->insert(id.get<std::string>());
            auto fetchPage = std::make_shared<std::function<void(int)>>();
            *fetchPage = [this, generation, poolIds, fetchPage](int page)
            {
                ListQuery query;
                query.page = page;
                query.pageSize = 100;
                m_api->listAttendees(
                    m_eventId,
                    query,
                    this,
                    [this, generation, poolIds, fetchPage, page](const ApiResult<ListPage<Attendee>> &result)
                    {
                        if (generation != m_generation || !result.ok())
                        {
                            *fetchPage = nullptr;
                            return;
                        }
                        for (const Attendee &a : result.value->items)
                            if (poolIds->contains(a.id))
                                m_poolNames << toQString(maskName(a.name)) + QLatin1Char('\n') +
                                                   toQString(maskPhone(a.phone));
                        if (page < kAttendeePages && static_cast<qint64>(page) * 100 < result.value->total)
                            (*fetchPage)(page + 1);
                        else
                            *fetchPage = nullptr; // breaks the cycle of the shared function
                    });
            };
            (*fetchPage)(1);
        });
}

void DrawScreen::onTopic(const QString &topicName, const nlohmann::json &draw)
{
    if (topicName == m_subscribed)
        applyDraw(draw);
}

void DrawScreen::applyDraw(const nlohmann::json &json)
{
    Draw draw;
    try
    {
        draw = drawFromJson(json);
    }
    catch (const std::exception &)
    {
        setStatus(tr("The server sent a draw this console cannot read."));
        return;
    }
    if (m_drawIds.isEmpty() || toQString(draw.id) != m_drawIds.at(m_round))
        return;
    // A draw only moves forward; an answer that left the server before a newer one is dropped.
    if (m_draw &&
        ((m_draw->state == DrawState::Done && draw.state == DrawState::Ready) || draw.picks < m_draw->picks))
        return;
    const bool firstSight = !m_draw.has_value();
    m_draw = draw;
    for (const DrawWinner &w : draw.winners)
        m_winnerText.insert(toQString(w.attendeeId), {toQString(w.displayName), toQString(w.maskedPhone)});
    for (const DrawWinner &w : draw.replaced)
        m_winnerText.insert(toQString(w.attendeeId), {toQString(w.displayName), toQString(w.maskedPhone)});

    if (draw.state == DrawState::Ready)
    {
        m_slots.clear();
        for (std::int64_t i = 0; i < draw.winnerCount; ++i)
            m_slots.append(Slot{{}, QStringLiteral("?"), QString(), 0});
        setStatus(tr(
            "Ready: %n people in the pool. Press Space to draw.", nullptr, static_cast<int>(draw.poolSize)));
        update();
        return;
    }

    QStringList winners;
    for (const DrawWinner &w : draw.winners)
        winners << toQString(w.attendeeId);
    const auto land = [this](Slot &slot)
    {
        const auto text = m_winnerText.value(slot.attendeeId);
        slot.name = text.first;
        slot.phone = text.second;
        slot.ticksLeft = 0;
    };
    if (firstSight)
    {
        // A round that ran before the screen opened is shown as it ended, without a show.
        m_slots.clear();
        for (const QString &id : winners)
        {
            Slot slot{id, {}, {}, 0};
            land(slot);
            m_slots.append(slot);
        }
        setStatus(m_round + 1 < roundCount()
                      ? tr("Drawn. N for the next round, R to redraw an absent winner.")
                      : tr("Drawn. R to redraw an absent winner, Esc to leave."));
        update();
        return;
    }
    // Slots already showing a winner keep their place; a replaced winner's place goes to the new pick.
    QStringList fresh;
    for (const QString &id : winners)
        if (std::none_of(m_slots.begin(), m_slots.end(), [&](const Slot &s) { return s.attendeeId == id; }))
            fresh << id;
    if (fresh.isEmpty() && std::all_of(m_slots.begin(),
                                       m_slots.end(),
                                       [&](const Slot &s) { return winners.contains(s.attendeeId); }))
        return; // the same draw again (the run's answer and the topic's update both arrive)
    int order = 0;
    for (Slot &slot : m_slots)
    {
        if (!slot.attendeeId.isEmpty() && winners.contains(slot.attendeeId))
            continue;
        if (fresh.isEmpty())
            continue;
        slot.attendeeId = fresh.takeFirst();
        slot.ticksLeft = m_ticks + kTicksBetweenSlots * order++;
    }
    for (const QString &id : fresh)
        m_slots.append(Slot{id, {}, {}, m_ticks + kTicksBetweenSlots * order++});
    // Slots left without a winner (a pool smaller than asked for) go.
    m_slots.erase(
        std::remove_if(m_slots.begin(), m_slots.end(), [](const Slot &s) { return s.attendeeId.isEmpty(); }),
        m_slots.end());
    m_choice = -1;
    setStatus(tr("Drawing…"));
    m_interval = m_firstInterval;
    tick();
}

void DrawScreen::setAnimation(int ticks, int firstIntervalMs)
{
    m_ticks = std::max(1, ticks);
    m_firstInterval = std::max(1, firstIntervalMs);
}

void DrawScreen::tick()
{
    int longest = 0;
    QSet<QString> shownNow;
    for (Slot &slot : m_slots)
    {
        if (slot.ticksLeft <= 0)
            continue;
        if (--slot.ticksLeft == 0)
        {
            const auto text = m_winnerText.value(slot.attendeeId);
            slot.name = text.first;
            slot.phone = text.second;
            continue;
        }
        longest = std::max(longest, slot.ticksLeft);
        if (m_poolNames.isEmpty())
        {
            slot.name = QStringLiteral("★ ★ ★");
            slot.phone.clear();
            continue;
        }
        // xorshift: cheap, and no clock in the choice of the next name; two cards never show the same name
        // at once when the pool has enough of them.
        QString pick;
        for (int attempt = 0; attempt < 8; ++attempt)
        {
            m_random ^= m_random << 13;
            m_random ^= m_random >> 17;
            m_random ^= m_random << 5;
            pick = m_poolNames.at(static_cast<qsizetype>(m_random % m_poolNames.size()));
            if (!shownNow.contains(pick))
                break;
        }
        shownNow.insert(pick);
        const QStringList parts = pick.split(QLatin1Char('\n'));
        slot.name = parts.value(0);
        slot.phone = parts.value(1);
    }
    update();
    if (longest > 0)
    {
        // Slows down as the last slot nears its winner: from the first interval to about ten times it.
        const double left = static_cast<double>(std::min(longest, m_ticks)) / m_ticks;
        m_interval = static_cast<int>(m_firstInterval * (1.0 + 9.0 * (1.0 - left) * (1.0 - left)));
        m_timer.start(m_interval);
        return;
    }
    setStatus(m_round + 1 < roundCount()
                  ? tr("Congratulations! N for the next round, R to redraw an absent winner.")
                  : tr("Congratulations! R to redraw an absent winner, Esc to leave."));
    emit landed();
}

bool DrawScreen::isAnimating() const
{
    return std::any_of(m_slots.begin(), m_slots.end(), [](const Slot &s) { return s.ticksLeft > 0; });
}

void DrawScreen::runRound()
{
    if (!m_draw || m_busy)
        return;
    if (m_draw->state != DrawState::Ready)
    {
        setStatus(m_round + 1 < roundCount() ? tr("This round has been drawn. N for the next round.")
                                             : tr("This round has been drawn."));
        return;
    }
    m_busy = true;
    setStatus(tr("Drawing…"));
    const int generation = m_generation;
    m_api->runDraw(m_drawIds.at(m_round),
                   this,
                   [this, generation](const ApiResult<nlohmann::json> &result)
                   {
                       if (generation != m_generation)
                           return;
                       m_busy = false;
                       if (!result.ok())
                       {
                           // Another screen may have run it first: its result comes over the topic.
                           setStatus(result.error.userMessage());
                           load();
                           return;
                       }
                       applyDraw(*result.value);
                   });
}

void DrawScreen::startRedrawChoice()
{
    if (!m_draw || m_draw->state != DrawState::Done || isAnimating() || m_slots.isEmpty())
        return;
    m_choice = 0;
    setStatus(tr("Redraw: choose the absent winner with the arrow keys, Enter to redraw, Esc to cancel."));
    update();
}

bool DrawScreen::isChoosingRedraw() const
{
    return m_choice >= 0;
}

int DrawScreen::redrawChoice() const
{
    return m_choice;
}

void DrawScreen::redrawSelected()
{
    if (m_choice < 0 || m_choice >= m_slots.size() || m_busy)
        return;
    const QString attendeeId = m_slots.at(m_choice).attendeeId;
    m_busy = true;
    setStatus(tr("Redrawing %1…").arg(m_slots.at(m_choice).name));
    const int generation = m_generation;
    m_api->redrawWinner(m_drawIds.at(m_round),
                        attendeeId,
                        this,
                        [this, generation](const ApiResult<nlohmann::json> &result)
                        {
                            if (generation != m_generation)
                                return;
                            m_busy = false;
                            m_choice = -1;
                            if (!result.ok())
                            {
                                setStatus(result.error.userMessage());
                                update();
                                return;
                            }
                            applyDraw(*result.value);
                        });
}

std::optional<Draw> DrawScreen::currentDraw() const
{
    return m_draw;
}

QStringList DrawScreen::shownNames() const
{
    QStringList out;
    for (const Slot &s : m_slots)
        out << s.name;
    return out;
}

QStringList DrawScreen::shownPhones() const
{
    QStringList out;
    for (const Slot &s : m_slots)
        out << s.phone;
    return out;
}

QStringList DrawScreen::landedAttendeeIds() const
{
    QStringList out;
    for (const Slot &s : m_slots)
        if (!s.attendeeId.isEmpty() && s.ticksLeft == 0)
            out << s.attendeeId;
    return out;
}

QString DrawScreen::statusText() const
{
    return m_status;
}

void DrawScreen::setStatus(const QString &text)
{
    m_status = text;
    update();
}

void DrawScreen::keyPressEvent(QKeyEvent *event)
{
    if (m_choice >= 0)
    {
        switch (event->key())
        {
        case Qt::Key_Left:
        case Qt::Key_Up:
            m_choice = (m_choice + static_cast<int>(m_slots.size()) - 1) % static_cast<int>(m_slots.size());
            update();
            return;
        case Qt::Key_Right:
        case Qt::Key_Down:
        case Qt::Key_Tab:
            m_choice = (m_choice + 1) % static_cast<int>(m_slots.size());
            update();
            return;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            redrawSelected();
            return;
        case Qt::Key_Escape:
            m_choice = -1;
            setStatus(tr("Redraw cancelled."));
            return;
        default:
            return;
        }
    }
    switch (event->key())
    {
    case Qt::Key_Space:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        runRound();
        return;
    case Qt::Key_R:
        startRedrawChoice();
        return;
    case Qt::Key_N:
    case Qt::Key_PageDown:
        if (m_round + 1 < roundCount())
            showRound(m_round + 1);
        return;
    case Qt::Key_P:
    case Qt::Key_PageUp:
        if (m_round > 0)
            showRound(m_round - 1);
        return;
    case Qt::Key_Escape:
        close();
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

void DrawScreen::closeEvent(QCloseEvent *event)
{
    m_timer.stop();
    emit closed();
    QWidget::closeEvent(event);
}

void DrawScreen::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    const QRect all = rect();
    QLinearGradient background(all.topLeft(), all.bottomLeft());
    background.setColorAt(0, QColor(0x7f, 0x00, 0x00));
    background.setColorAt(1, QColor(0xb7, 0x1c, 0x1c));
    p.fillRect(all, background);

    const int w = all.width();
    const int h = all.height();
    const int margin = std::max(16, w / 40);
    QFont base = font();

    // Top line: the event, and which round of how many.
    p.setPen(kCream);
    const QString roundText =
        m_drawIds.isEmpty() ? QString() : tr("Round %1 of %2").arg(m_round + 1).arg(roundCount());
    QFont small = base;
    small.setPixelSize(std::max(12, h / 36));
    p.setFont(small);
    p.drawText(QRect(margin, margin / 2, w / 2, h / 14), Qt::AlignLeft | Qt::AlignVCenter, m_eventTitle);
    p.drawText(
        QRect(w / 2, margin / 2, w / 2 - margin, h / 14), Qt::AlignRight | Qt::AlignVCenter, roundText);

    // The prize.
    const QString prize = m_draw ? toQString(m_draw->title) : QString();
    QFont title = base;
    title.setBold(true);
    title = fitted(title, prize, h / 11, w - 2 * margin);
    p.setFont(title);
    p.setPen(kGold);
    const QRect prizeRect(margin, h / 12, w - 2 * margin, h / 7);
    p.drawText(prizeRect, Qt::AlignCenter, prize);

    // The winners' grid.
    const QRect grid(
        margin, prizeRect.bottom() + h / 40, w - 2 * margin, h - prizeRect.bottom() - h / 40 - h / 7);
    const int n = static_cast<int>(m_slots.size());
    if (n > 0)
    {
        const int columns = n <= 3 ? n : n <= 8 ? 4 : n <= 18 ? 6 : 10;
        const int rows = (n + columns - 1) / columns;
        const int cellW = grid.width() / columns;
        const int cellH = std::min(grid.height() / rows, h / 3);
        const int top = grid.top() + (grid.height() - cellH * rows) / 2;
        for (int i = 0; i < n; ++i)
        {
            const Slot &slot = m_slots.at(i);
            const int row = i / columns;
            const int inRow = std::min(columns, n - row * columns);
            const int left = grid.left() + (grid.width() - inRow * cellW) / 2;
            const QRect cell(left + (i % columns) * cellW, top + row * cellH, cellW, cellH);
            const QRect card = cell.adjusted(cellW / 24, cellH / 16, -cellW / 24, -cellH / 16);
            const bool settled = slot.ticksLeft == 0 && !slot.attendeeId.isEmpty();
            p.setPen(Qt::NoPen);
            p.setBrush(settled ? QColor(0xff, 0xf8, 0xe1) : QColor(0x5d, 0x00, 0x00, 0xcc));
            p.drawRoundedRect(card, card.height() / 10.0, card.height() / 10.0);
            if (i == m_choice)
            {
                p.setPen(QPen(kGold, std::max(3, cellH / 24)));
                p.setBrush(Qt::NoBrush);
                p.drawRoundedRect(card.adjusted(-4, -4, 4, 4), card.height() / 10.0, card.height() / 10.0);
            }
            QFont name = base;
            name.setBold(true);
            name = fitted(name, slot.name, card.height() * 45 / 100, card.width() * 9 / 10);
            p.setFont(name);
            p.setPen(settled ? QColor(0xb7, 0x1c, 0x1c) : kCream);
            const QRect nameRect(card.left(),
                                 card.top(),
                                 card.width(),
                                 slot.phone.isEmpty() ? card.height() : card.height() * 64 / 100);
            p.drawText(nameRect,
                       Qt::AlignHCenter | (slot.phone.isEmpty() ? Qt::AlignVCenter : Qt::AlignBottom),
                       slot.name);
            if (!slot.phone.isEmpty())
            {
                QFont phone = fitted(base, slot.phone, card.height() * 18 / 100, card.width() * 9 / 10);
                p.setFont(phone);
                p.setPen(settled ? QColor(0x5d, 0x40, 0x37) : kCream);
                p.drawText(QRect(card.left(),
                                 nameRect.bottom() + card.height() / 40,
                                 card.width(),
                                 card.height() * 30 / 100),
                           Qt::AlignHCenter | Qt::AlignTop,
                           slot.phone);
            }
        }
    }

    // Bottom: what to do next, and what anyone can check the draw against.
    p.setPen(kCream);
    p.setFont(fitted(base, m_status, std::max(12, h / 30), w - 2 * margin));
    p.drawText(QRect(margin, h - h / 7, w - 2 * margin, h / 16), Qt::AlignCenter, m_status);
    QFont proofFont = base;
    proofFont.setPixelSize(std::max(10, h / 60));
    p.setFont(proofFont);
    p.setPen(QColor(0xff, 0xcd, 0xd2));
    QString proof;
    if (m_draw)
        proof =
            m_draw->seed
                ? tr("Commitment %1 · seed %2").arg(toQString(m_draw->commitment), toQString(*m_draw->seed))
                : tr("Commitment %1 (the seed is revealed after the draw)")
                      .arg(toQString(m_draw->commitment));
    p.drawText(QRect(margin, h - h / 12, w - 2 * margin, h / 24), Qt::AlignCenter, proof);
    p.drawText(QRect(margin, h - h / 24, w - 2 * margin, h / 24 - 4),
               Qt::AlignRight | Qt::AlignVCenter,
               tr("Space draw · R redraw · N next round · P previous · Esc leave"));
}

} // namespace nextevent::console
