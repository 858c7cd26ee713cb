// SPDX-License-Identifier: MIT
#include "desktop/models/AttendeeListModel.h"

#include <limits>

#include <QPalette>

#include "desktop/api/ApiClient.h"
#include "desktop/models/Convert.h"
#include "desktop/models/StatusText.h"

namespace nextevent::console
{

AttendeeListModel::AttendeeListModel(ApiClient *api, QObject *parent)
    : PagedListModel<Attendee>(api, parent)
{
}

int AttendeeListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount + static_cast<int>(m_form.size());
}

QVariant AttendeeListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Attendee &attendee = rowAt(index);
    if (role == IdRole)
        return toQString(attendee.id);
    if (index.column() >= AnswerColumnsStart)
        return answerData(attendee, index.column(), role);
    if (role == RawValueRole)
    {
        switch (index.column())
        {
        case NameColumn:
            return toQString(attendee.name);
        case PhoneColumn:
            return toQString(attendee.phone);
        case StatusColumn:
            return static_cast<int>(attendee.status);
        case WaitlistColumn:
            return attendee.waitlistPosition ? *attendee.waitlistPosition
                                             : std::numeric_limits<qint64>::max();
        case CheckedInAtColumn:
            return attendee.checkedInAt ? attendee.checkedInAt->time_since_epoch().count()
                                        : std::numeric_limits<qint64>::max();
        case CheckedInByColumn:
            return toQString(attendee.checkedInBy);
        case CodeColumn:
            return toQString(attendee.checkInCode);
        case PartySizeColumn:
            return static_cast<qint64>(attendee.partySize);
        default:
            return {};
        }
    }
    if (role == Qt::DisplayRole)
    {
        switch (index.column())
        {
        case NameColumn:
            return attendee.name.empty() ? tr("(WeChat user)") : toQString(attendee.name);
        case PhoneColumn:
            return toQString(attendee.phone);
        case StatusColumn:
            return StatusText::attendee(attendee.status);
        case WaitlistColumn:
            return attendee.waitlistPosition ? tr("#%1").arg(*attendee.waitlistPosition) : QString();
        case CheckedInAtColumn:
            return formatLocal(attendee.checkedInAt);
        case CheckedInByColumn:
            return toQString(attendee.checkedInBy);
        case CodeColumn:
            return toQString(attendee.checkInCode);
        case PartySizeColumn:
            return QString::number(attendee.partySize);
        default:
            return {};
        }
    }
    // Counts line up on the right, as in the events table.
    if (role == Qt::TextAlignmentRole &&
        (index.column() == WaitlistColumn || index.column() == PartySizeColumn))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && attendee.status == AttendeeStatus::Cancelled)
        return QPalette().brush(QPalette::Disabled, QPalette::Text);
    return {};
}

QVariant AttendeeListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section >= AnswerColumnsStart && section < columnCount())
        return toQString(m_form[static_cast<std::size_t>(section - AnswerColumnsStart)].label);
    switch (section)
    {
    case NameColumn:
        return tr("Name");
    case PhoneColumn:
        return tr("Phone");
    case StatusColumn:
        return tr("Status");
    case WaitlistColumn:
        return tr("Waitlist");
    case CheckedInAtColumn:
        return tr("Checked in at");
    case CheckedInByColumn:
        return tr("Checked in by");
    case CodeColumn:
        return tr("Ticket code");
    case PartySizeColumn:
        return tr("Party");
    default:
        return {};
    }
}

QString AttendeeListModel::sortField(int column)
{
    switch (column)
    {
    case NameColumn:
        return QStringLiteral("name");
    case StatusColumn:
        return QStringLiteral("status");
    case WaitlistColumn:
        return QStringLiteral("waitlistPosition");
    case CheckedInAtColumn:
        return QStringLiteral("checkedInAt");
    default:
        return {};
    }
}

void AttendeeListModel::sort(int column, Qt::SortOrder order)
{
    const QString field = sortField(column);
    if (!field.isEmpty())
        setSortField(field, order == Qt::DescendingOrder);
}

void AttendeeListModel::setEventId(const QString &eventId)
{
    if (eventId == m_eventId)
        return;
    m_eventId = eventId;
    clearPage();
    refresh();
}

void AttendeeListModel::setForm(const std::vector<FormField> &form)
{
    if (form == m_form)
        return;
    beginResetModel();
    m_form = form;
    endResetModel();
}

const std::vector<FormField> &AttendeeListModel::form() const
{
    return m_form;
}

QVariant AttendeeListModel::answerData(const Attendee &attendee, int column, int role) const
{
    const FormField &field = m_form[static_cast<std::size_t>(column - AnswerColumnsStart)];
    const auto it = attendee.answers.is_object() ? attendee.answers.find(field.id) : attendee.answers.end();
    const bool answered = it != attendee.answers.end() && !it->is_null();
    if (role == RawValueRole)
    {
        // Numbers sort as numbers; everything else as its text, unanswered last.
        if (!answered)
            return {};
        if (it->is_number())
            return it->get<double>();
        if (it->is_boolean())
            return it->get<bool>() ? 1 : 0;
        return toQString(answerText(*it));
    }
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
    {
        if (!answered)
            return QString();
        if (it->is_boolean())
            return it->get<bool>() ? tr("Yes") : tr("No");
        return toQString(answerText(*it));
    }
    return {};
}

QString AttendeeListModel::eventId() const
{
    return m_eventId;
}

void AttendeeListModel::setSearchRequired(bool required)
{
    m_searchRequired = required;
}

const Attendee *AttendeeListModel::attendeeAt(int row) const
{
    return itemAt(row);
}

void AttendeeListModel::setPageData(const ListPage<Attendee> &page)
{
    takePage(page);
}

void AttendeeListModel::updateAttendee(const Attendee &attendee)
{
    replaceItem(attendee);
}

bool AttendeeListModel::canFetch() const
{
    if (m_eventId.isEmpty())
        return false;
    if (!m_searchRequired)
        return true;
    // The server's door rule: 3 characters, a Chinese character counting as 2; spaces do not count.
    int weight = 0;
    for (const QChar c : query().search)
        if (!c.isSpace())
            weight += c.unicode() >= 0x2E80 ? 2 : 1;
    return weight >= kMinSearchLength;
}

void AttendeeListModel::fetch(int ticket)
{
    api()->listAttendees(m_eventId,
                         query(),
                         this,
                         [this, ticket](const ApiResult<ListPage<Attendee>> &result)
                         { takeResult(ticket, result); });
}

} // namespace nextevent::console
