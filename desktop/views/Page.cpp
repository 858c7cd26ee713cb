// SPDX-License-Identifier: MIT
#include "desktop/views/Page.h"

namespace nextevent::console
{

Page::Page(QWidget *parent)
    : QWidget(parent)
{
}

void Page::focusSearch() {}

bool Page::createNew()
{
    return false;
}

void Page::activate() {}

bool Page::canClose()
{
    return true;
}

} // namespace nextevent::console
