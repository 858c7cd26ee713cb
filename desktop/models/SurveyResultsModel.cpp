// SPDX-License-Identifier: MIT
#include "desktop/models/SurveyResultsModel.h"

#include <QLocale>

#include "desktop/api/ApiClient.h"
#include "desktop/api/RealtimeClient.h"

using nlohmann::json;

namespace nextevent::console
{
namespace
{
constexpr int kPollMs = 3000;

QString text(const json &object, const char *key)
{
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}

qint64 integer(const json &object, const char *key)
{
    const auto it = object.find(key);
    return it != object.end() && it->is_number() ? it->get<qint64>() : 0;
}

bool sameShape(const std::vector<SurveyResultsModel::QuestionResult> &a,
               const std::vector<SurveyResultsModel::QuestionResult> &b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (a[i].id != b[i].id || a[i].bars.size() != b[i].bars.size())
            return false;
    return true;
}
} // namespace

SurveyResultsModel::SurveyResultsModel(ApiClient *api, RealtimeClient *realtime, QObject *parent)
    : QAbstractItemModel(parent)
    , m_api(api)
    , m_realtime(realtime)
{
    m_poll.setInterval(kPollMs);
    connect(&m_poll, &QTimer::timeout, this, &SurveyResultsModel::refresh);
    if (m_realtime)
        connect(m_realtime, &RealtimeClient::stateChanged, this, &SurveyResultsModel::updatePolling);
    if (m_realtime)
        connect(m_realtime,
                &RealtimeClient::topicChanged,
                this,
                [this](const QString &changed, const json &data)
                {
                    if (!m_surveyId.isEmpty() && changed == topic())
                        setResults(data);
                });
}

SurveyResultsModel::~SurveyResultsModel()
{
    if (m_realtime && !m_surveyId.isEmpty())
        m_realtime->unsubscribe(topic());
}

void SurveyResultsModel::updatePolling()
{
    const bool live = m_realtime && m_realtime->state() == RealtimeClient::State::Connected;
    if (!m_api || m_surveyId.isEmpty() || live)
        m_poll.stop();
    else if (!m_poll.isActive())
        m_poll.start();
}

QString SurveyResultsModel::topic() const
{
    return QStringLiteral("survey:") + m_surveyId;
}

void SurveyResultsModel::setSurveyId(const QString &id)
{
    if (id == m_surveyId)
        return;
    if (m_realtime && !m_surveyId.isEmpty())
        m_realtime->unsubscribe(topic());
    m_surveyId = id;
    ++m_ticket;
    beginResetModel();
    m_questions.clear();
    m_total = 0;
    endResetModel();
    emit resultsChanged();
    updatePolling();
    if (m_surveyId.isEmpty())
        return;
    if (m_realtime)
        m_realtime->subscribe(topic());
    refresh();
}

QString SurveyResultsModel::surveyId() const
{
    return m_surveyId;
}

void SurveyResultsModel::refresh()
{
    if (!m_api || m_surveyId.isEmpty())
        return;
    const int ticket = ++m_ticket;
    const QString id = m_surveyId;
    m_api->fetchLiveResults(id,
                            this,
                            [this, ticket](const ApiResult<json> &result)
                            {
                                if (ticket != m_ticket)
                                    return; // another survey, or a realtime update came first
                                if (!result.ok())
                                {
                                    emit loadFailed(result.error);
                                    return;
                                }
                                setResults(*result.value);
                            });
}

std::optional<std::vector<SurveyResultsModel::QuestionResult>> SurveyResultsModel::parse(const json &document,
                                                                                         qint64 *total)
{
    if (!document.is_object() || !document.contains("questions") || !document["questions"].is_array())
        return std::nullopt;
    std::vector<QuestionResult> out;
    for (const json &item : document["questions"])
    {
        if (!item.is_object())
            return std::nullopt;
        QuestionResult question;
        question.id = text(item, "questionId");
        question.type = text(item, "type");
        question.text = text(item, "text");
        question.answered = integer(item, "answered");
        if (const auto mean = item.find("mean"); mean != item.end() && mean->is_number())
            question.mean = mean->get<double>();
        if (const auto options = item.find("options"); options != item.end() && options->is_array())
            for (const json &option : *options)
                if (option.is_object())
                {
                    const auto percent = option.find("percent");
                    question.bars.push_back(
                        {text(option, "text"),
                         text(option, "optionId"),
                         integer(option, "count"),
                         percent != option.end() && percent->is_number() ? percent->get<double>() : 0.0});
                }
        if (const auto distribution = item.find("distribution");
            distribution != item.end() && distribution->is_array())
        {
            int rating = 1;
            for (const json &count : *distribution)
            {
                const qint64 n = count.is_number() ? count.get<qint64>() : 0;
                const double percent = question.answered > 0
                                           ? std::round(1000.0 * static_cast<double>(n) /
                                                        static_cast<double>(question.answered)) /
                                                 10.0
                                           : 0.0;
                question.bars.push_back({QString::number(rating++), QString(), n, percent});
            }
        }
        if (const auto words = item.find("words"); words != item.end() && words->is_array())
            for (const json &word : *words)
                if (word.is_object())
                    question.words.emplace_back(text(word, "text"), integer(word, "count"));
        out.push_back(std::move(question));
    }
    *total = integer(document, "totalResponses");
    return out;
}

bool SurveyResultsModel::setResults(const json &document)
{
    qint64 total = 0;
    auto parsed = parse(document, &total);
    if (!parsed)
        return false;
    ++m_ticket; // a fetch still in flight is older than this
    ++m_revision;
    if (sameShape(m_questions, *parsed))
    {
        m_questions = std::move(*parsed);
        m_total = total;
        for (int q = 0; q < static_cast<int>(m_questions.size()); ++q)
        {
            emit dataChanged(index(q, 0), index(q, ColumnCount - 1));
            const QModelIndex parentIndex = index(q, 0);
            const int bars = rowCount(parentIndex);
            if (bars > 0)
                emit dataChanged(index(0, 0, parentIndex), index(bars - 1, ColumnCount - 1, parentIndex));
        }
    }
    else
    {
        beginResetModel();
        m_questions = std::move(*parsed);
        m_total = total;
        endResetModel();
    }
    emit resultsChanged();
    return true;
}

qint64 SurveyResultsModel::totalResponses() const
{
    return m_total;
}

int SurveyResultsModel::questionCount() const
{
    return static_cast<int>(m_questions.size());
}

const SurveyResultsModel::QuestionResult *SurveyResultsModel::question(int index) const
{
    if (index < 0 || index >= questionCount())
        return nullptr;
    return &m_questions[static_cast<std::size_t>(index)];
}

int SurveyResultsModel::revision() const
{
    return m_revision;
}

QModelIndex SurveyResultsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < questionCount() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0)
        return {};
    const QuestionResult *q = question(parent.row());
    if (!q || row >= static_cast<int>(q->bars.size()))
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex SurveyResultsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, quintptr(0));
}

int SurveyResultsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return questionCount();
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    const QuestionResult *q = question(parent.row());
    return q ? static_cast<int>(q->bars.size()) : 0;
}

int SurveyResultsModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant SurveyResultsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == 0)
    {
        const QuestionResult *q = question(index.row());
        if (!q)
            return {};
        if (role == Qt::DisplayRole)
        {
            switch (index.column())
            {
            case TextColumn:
                return tr("%1. %2").arg(index.row() + 1).arg(q->text);
            case CountColumn:
                return tr("%n answered", nullptr, static_cast<int>(q->answered));
            case PercentColumn:
                return q->mean ? tr("mean %1").arg(QLocale().toString(*q->mean, 'f', 2)) : QVariant();
            default:
                return {};
            }
        }
        if (role == Qt::UserRole && index.column() == CountColumn)
            return q->answered;
        return {};
    }
    const QuestionResult *q = question(static_cast<int>(index.internalId() - 1));
    if (!q || index.row() >= static_cast<int>(q->bars.size()))
        return {};
    const Bar &bar = q->bars[static_cast<std::size_t>(index.row())];
    if (role == Qt::DisplayRole)
    {
        switch (index.column())
        {
        case TextColumn:
            return bar.label;
        case CountColumn:
            return QString::number(bar.count);
        case PercentColumn:
            return tr("%1 %").arg(QLocale().toString(bar.percent, 'f', 1));
        default:
            return {};
        }
    }
    if (role == Qt::UserRole)
        return index.column() == PercentColumn ? QVariant(bar.percent) : QVariant(bar.count);
    if (role == Qt::TextAlignmentRole && index.column() != TextColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant SurveyResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section)
    {
    case TextColumn:
        return tr("Question / answer");
    case CountColumn:
        return tr("Count");
    case PercentColumn:
        return tr("Share");
    default:
        return {};
    }
}

} // namespace nextevent::console
