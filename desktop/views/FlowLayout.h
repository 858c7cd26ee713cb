// SPDX-License-Identifier: MIT
#pragma once

#include <QLayout>
#include <QList>

namespace nextevent::console
{

/// Lays its widgets out left to right and starts a new row when the next one would not fit, so a row of
/// tool buttons wraps on a narrow pane (at 150 %, say) instead of hiding the last ones behind "»".
/// Its height follows its width (heightForWidth), so the layout around it makes room for the extra row.
class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr);
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    /// Places the items in `rect` (only measures when `apply` is false); returns the height used.
    int arrange(const QRect &rect, bool apply) const;

    QList<QLayoutItem *> m_items;
};

} // namespace nextevent::console
