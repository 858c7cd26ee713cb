// SPDX-License-Identifier: MIT
#include "desktop/views/ListSearch.h"

#include <utility>

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include "desktop/models/PagedTableModel.h"

namespace nextevent::console
{
namespace
{
/// Long enough to cover the gap between keystrokes, short enough to feel immediate.
constexpr int kSearchDelayMs = 300;
} // namespace

void bindSearch(QLineEdit *field, PagedTableModel *model)
{
    auto *timer = new QTimer(field);
    timer->setObjectName(QStringLiteral("searchDelay"));
    timer->setSingleShot(true);
    timer->setInterval(kSearchDelayMs);
    QObject::connect(field, &QLineEdit::textChanged, timer, qOverload<>(&QTimer::start));
    QObject::connect(timer, &QTimer::timeout, model, [field, model] { model->setSearch(field->text()); });
    QObject::connect(field,
                     &QLineEdit::returnPressed,
                     model,
                     [field, model, timer]
                     {
                         timer->stop();
                         model->setSearch(field->text());
                     });
}

EmptyListState::EmptyListState(
    PagedTableModel *model, QTableView *table, const QString &text, const QString &action, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_table(table)
    , m_text(new QLabel(text, this))
    , m_button(new QPushButton(action, this))
    , m_fullText(text)
    , m_shortText(text)
{
    m_text->setWordWrap(true);
    m_text->setAlignment(Qt::AlignCenter);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(m_text);
    layout->addWidget(m_button, 0, Qt::AlignCenter);
    layout->addStretch(2);
    hide();
    connect(m_button, &QPushButton::clicked, this, &EmptyListState::createRequested);
    connect(m_model, &QAbstractItemModel::modelReset, this, &EmptyListState::refresh);
    connect(m_model, &PagedTableModel::loadingChanged, this, &EmptyListState::refresh);
}

void EmptyListState::setNarrowed(std::function<bool()> narrowed)
{
    m_narrowed = std::move(narrowed);
}

void EmptyListState::setCanCreate(bool canCreate, const QString &textWithoutAction)
{
    m_canCreate = canCreate;
    m_shortText = textWithoutAction;
}

QPushButton *EmptyListState::button() const
{
    return m_button;
}

void EmptyListState::refresh()
{
    const bool none = m_model->rowCount() == 0 && !m_model->isLoading();
    const bool empty = none && !(m_narrowed && m_narrowed());
    setVisible(empty);
    m_table->setVisible(!empty);
    m_button->setVisible(m_canCreate);
    m_text->setText(m_canCreate ? m_fullText : m_shortText);
}

} // namespace nextevent::console
