// SPDX-License-Identifier: MIT
#include "desktop/app/Settings.h"

namespace nextevent::console
{

Settings::Settings(const QString &fileName)
    : m_settings(fileName.isEmpty() ? std::make_unique<QSettings>()
                                    : std::make_unique<QSettings>(fileName, QSettings::IniFormat))
{
}

Settings::~Settings() = default;

QString Settings::serverUrl() const
{
    return m_settings->value(QStringLiteral("server/url")).toString();
}

void Settings::setServerUrl(const QString &url)
{
    m_settings->setValue(QStringLiteral("server/url"), url);
}

QStringList Settings::recentServers() const
{
    return m_settings->value(QStringLiteral("server/recent")).toStringList();
}

void Settings::addRecentServer(const QString &url)
{
    QStringList recent = recentServers();
    recent.removeAll(url);
    recent.prepend(url);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    m_settings->setValue(QStringLiteral("server/recent"), recent);
}

QString Settings::lastUsername() const
{
    return m_settings->value(QStringLiteral("auth/username")).toString();
}

void Settings::setLastUsername(const QString &username)
{
    m_settings->setValue(QStringLiteral("auth/username"), username);
}

QString Settings::language() const
{
    return m_settings->value(QStringLiteral("ui/language")).toString();
}

void Settings::setLanguage(const QString &language)
{
    m_settings->setValue(QStringLiteral("ui/language"), language);
}

QByteArray Settings::windowGeometry() const
{
    return m_settings->value(QStringLiteral("mainWindow/geometry")).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings->setValue(QStringLiteral("mainWindow/geometry"), geometry);
}

QByteArray Settings::windowState() const
{
    return m_settings->value(QStringLiteral("mainWindow/state")).toByteArray();
}

void Settings::setWindowState(const QByteArray &state)
{
    m_settings->setValue(QStringLiteral("mainWindow/state"), state);
}

QByteArray Settings::viewState(const QString &key) const
{
    return m_settings->value(QStringLiteral("views/") + key).toByteArray();
}

void Settings::setViewState(const QString &key, const QByteArray &state)
{
    m_settings->setValue(QStringLiteral("views/") + key, state);
}

QByteArray Settings::articleDraft(const QString &id) const
{
    return m_settings->value(QStringLiteral("drafts/article-") + id).toByteArray();
}

void Settings::setArticleDraft(const QString &id, const QByteArray &draft)
{
    m_settings->setValue(QStringLiteral("drafts/article-") + id, draft);
    m_settings->sync();
}

void Settings::removeArticleDraft(const QString &id)
{
    m_settings->remove(QStringLiteral("drafts/article-") + id);
    m_settings->sync();
}

} // namespace nextevent::console
