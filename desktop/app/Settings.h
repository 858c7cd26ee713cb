// SPDX-License-Identifier: MIT
#pragma once

#include <memory>

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>

namespace nextevent::console
{

/// The console's persistent settings (QSettings, per user): the server, recent servers, the last
/// user name, the language override and window geometry. No passwords or tokens are stored.
class Settings
{
public:
    /// Uses the application's organisation and name; `fileName` (tests) selects an INI file instead.
    explicit Settings(const QString &fileName = QString());
    ~Settings();

    QString serverUrl() const;
    void setServerUrl(const QString &url);
    /// Most recent first, at most kMaxRecent entries.
    QStringList recentServers() const;
    /// Moves `url` to the front of the recent servers.
    void addRecentServer(const QString &url);

    QString lastUsername() const;
    void setLastUsername(const QString &username);

    /// A locale name such as "zh_CN", or empty to follow the system.
    QString language() const;
    void setLanguage(const QString &language);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    /// Splitter or header state under `key`.
    QByteArray viewState(const QString &key) const;
    void setViewState(const QString &key, const QByteArray &state);

    /// A local copy of an article being edited (`id`, or "new"), saved while typing so nothing typed is
    /// lost to a crash or a closed window; empty when there is none.
    QByteArray articleDraft(const QString &id) const;
    void setArticleDraft(const QString &id, const QByteArray &draft);
    void removeArticleDraft(const QString &id);

    static constexpr int kMaxRecent = 8;

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace nextevent::console
