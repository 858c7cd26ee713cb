// SPDX-License-Identifier: MIT
#include "desktop/views/TopQuestionsView.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

#include "desktop/models/LiveInteractionModels.h"

namespace nextevent::console
{

TopQuestionsView::TopQuestionsView(AudienceListModel *questions, QWidget *parent)
    : QWidget(parent)
    , m_questions(questions)
    , m_theme(PresenterTheme::dark())
{
    setObjectName(QStringLiteral("topQuestions"));
    connect(m_questions, &AudienceListModel::itemsChanged, this, qOverload<>(&QWidget::update));
}

void TopQuestionsView::setTheme(const PresenterTheme &theme)
{
    m_theme = theme;
    update();
}

void TopQuestionsView::setLimit(int limit)
{
    m_limit = limit;
    update();
}

void TopQuestionsView::setEmptyText(const QString &text)
{
    m_emptyText = text;
    update();
}

QStringList TopQuestionsView::shownTexts() const
{
    QStringList out;
    for (int row = 0; row < std::min(m_limit, m_questions->rowCount()); ++row)
        out << m_questions->itemAt(row)->text;
    return out;
}

void TopQuestionsView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), m_theme.background);
    const int unit = std::max(10, std::min(width() / 40, height() / 24));
    QFont font = painter.font();
    const int shown = std::min(m_limit, m_questions->rowCount());
    if (shown == 0)
    {
        font.setPixelSize(unit * 2);
        painter.setFont(font);
        painter.setPen(m_theme.muted);
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, m_emptyText);
        return;
    }
    const double gap = unit * 0.5;
    const double cardHeight = std::min(unit * 5.5, (height() - gap * (shown - 1)) / shown);
    for (int row = 0; row < shown; ++row)
    {
        const AudienceItem *item = m_questions->itemAt(row);
        const QRectF card(0, row * (cardHeight + gap), width(), cardHeight);
        QPainterPath path;
        path.addRoundedRect(card, unit * 0.4, unit * 0.4);
        painter.fillPath(path, m_theme.track);
        if (item->pinned)
        {
            painter.setPen(QPen(m_theme.leader, unit * 0.2));
            painter.drawPath(path);
        }
        // Votes on the left in a fixed column, the question beside them (two lines at most).
        const QRectF votes(card.left(), card.top(), unit * 5.0, card.height());
        font.setPixelSize(static_cast<int>(std::min(unit * 1.6, cardHeight * 0.35)));
        font.setBold(true);
        painter.setFont(font);
        painter.setPen(m_theme.leader);
        painter.drawText(votes, Qt::AlignCenter, QStringLiteral("▲ ") + QLocale().toString(item->votes));
        QString text = item->text;
        if (item->pinned)
            text = tr("★ %1").arg(text);
        if (!item->name.isEmpty())
            text += QStringLiteral(" — ") + item->name;
        font.setBold(false);
        font.setPixelSize(static_cast<int>(std::min(unit * 1.4, cardHeight * 0.3)));
        painter.setFont(font);
        painter.setPen(m_theme.text);
        const QRectF body = card.adjusted(votes.width(), unit * 0.3, -unit * 0.6, -unit * 0.3);
        // Elide to what fits: a long question never spills over the next card.
        const QFontMetricsF metrics(font);
        const int lines = std::max(1, static_cast<int>(body.height() / metrics.lineSpacing()));
        QString shownText = text;
        if (metrics.boundingRect(body, Qt::TextWordWrap, text).height() > body.height())
            shownText = metrics.elidedText(text, Qt::ElideRight, body.width() * lines * 0.92);
        painter.drawText(body, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, shownText);
    }
}

} // namespace nextevent::console
