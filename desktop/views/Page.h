// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

namespace nextevent::console
{

/// A page of the main window. The window owns the shortcuts (Ctrl+F, Ctrl+N, F5) and forwards them
/// to the page on screen, so they work wherever the focus is.
class Page : public QWidget
{
    Q_OBJECT

public:
    explicit Page(QWidget *parent = nullptr);

    /// The page's name in the navigation.
    virtual QString title() const = 0;
    /// Ctrl+F: puts the cursor in the page's search field.
    virtual void focusSearch();
    /// Ctrl+N: starts creating a new item; false when the page has nothing to create.
    virtual bool createNew();
    /// F5: loads the page's data again.
    virtual void reload() = 0;
    /// Called when the page comes on screen.
    virtual void activate();
    /// Asked before the window closes; false keeps it open (unsaved work the person wants to keep).
    virtual bool canClose();
};

} // namespace nextevent::console
