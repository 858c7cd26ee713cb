// SPDX-License-Identifier: MIT
#pragma once

#include <functional>

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace nextevent::console
{

class PagedTableModel;

/// Makes `field` search `model` on the server: a moment after the last keystroke (so typing a name sends
/// one request, not one per letter), or at once on Enter. The list pages and panels share this instead of
/// each keeping its own timer.
void bindSearch(QLineEdit *field, PagedTableModel *model);

/// What a list shows instead of a blank table when there is nothing in it yet: what the list is for and,
/// for those who may create, a button to make the first one. It stands in for `table` while the model has
/// no rows, is not loading and no search or filter is narrowing it (an empty search result keeps the table,
/// whose empty header says "nothing matched").
class EmptyListState : public QWidget
{
    Q_OBJECT

public:
    /// `text` says what the list holds; `action` names the button (its click emits createRequested()).
    EmptyListState(PagedTableModel *model,
                   QTableView *table,
                   const QString &text,
                   const QString &action,
                   QWidget *parent = nullptr);

    /// True while a search or filter narrows the list (then an empty list is a result, not a start).
    void setNarrowed(std::function<bool()> narrowed);
    /// Whether the person may create (the button shows only then, and the text says less).
    void setCanCreate(bool canCreate, const QString &textWithoutAction);
    QPushButton *button() const;
    /// Shows this or the table, from the model's state (called on every load; setters take effect then).
    void refresh();

signals:
    void createRequested();

private:
    PagedTableModel *m_model;
    QTableView *m_table;
    QLabel *m_text;
    QPushButton *m_button;
    QString m_fullText;
    QString m_shortText;
    bool m_canCreate = true;
    std::function<bool()> m_narrowed;
};

} // namespace nextevent::console
