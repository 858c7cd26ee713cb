// SPDX-License-Identifier: MIT
#include "server/Commands.h"

#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <pthread.h>
#include <system_error>

#include <Poco/AutoPtr.h>
#include <Poco/Logger.h>
#include <Poco/Util/IniFileConfiguration.h>
#include <Poco/Util/PropertyFileConfiguration.h>

#include "nextevent/Error.h"
#include "nextevent/Ids.h"
#include "nextevent/Validation.h"
#include "nextevent/Version.h"

#include "server/ServerContext.h"
#include "server/Serving.h"
#include "server/app/DemoSeeder.h"
#include "server/http/HttpServer.h"
#include "server/infra/LogContext.h"
#include "server/infra/TimeZones.h"
#include "server/store/Migrator.h"

namespace nextevent::server
{
namespace
{
struct Arguments
{
    std::string command = "serve";
    std::string subcommand;
    std::string configFile;
    std::string username;
    std::string displayName;
    std::vector<std::string> roles;
    bool passwordStdin = false;
    bool help = false;
    bool version = false;
};

void printHelp()
{
    std::cout << "nextevent-server " << kVersion << " - the NextEvent server\n\n"
              << "Usage:\n"
              << "  nextevent-server [serve] [--config FILE]    serve the API, WebSocket and pages\n"
              << "  nextevent-server migrate [--config FILE]    apply pending database migrations\n"
              << "  nextevent-server worker [--config FILE]     run background jobs only (no HTTP)\n"
              << "  nextevent-server seed-demo [--config FILE]  fill an empty database with demo data\n"
              << "  nextevent-server user add --username U --role R [--role R2] [--display-name N] "
                 "--password-stdin\n"
              << "  nextevent-server --help | --version\n\n"
              << "Configuration: a properties or .ini file given with --config; every key can be overridden\n"
              << "by its environment variable, which wins over the file.\n\n";
    std::cout << "  " << std::left;
    for (const auto &k : app::configKeys())
    {
        std::cout.width(34);
        std::cout << k.env;
        std::cout << k.key << " (default: " << (*k.defaultValue ? k.defaultValue : "empty") << ")\n      "
                  << k.help << "\n  ";
    }
    std::cout << "\nExit status: 0 on success, 1 on a runtime error, 2 on bad usage.\n";
}

Arguments parse(const std::vector<std::string> &args)
{
    Arguments a;
    bool commandSeen = false;
    for (std::size_t i = 0; i < args.size(); ++i)
    {
        const std::string &arg = args[i];
        const auto value = [&](const std::string &name) -> std::string
        {
            if (auto eq = arg.find('='); eq != std::string::npos)
                return arg.substr(eq + 1);
            if (i + 1 >= args.size())
                throw std::invalid_argument(name + " needs a value");
            return args[++i];
        };
        const auto is = [&](const char *name)
        {
            return arg == name || arg.rfind(std::string(name) + "=", 0) == 0;
        };
        if (arg == "--help" || arg == "-h")
            a.help = true;
        else if (arg == "--version" || arg == "-v")
            a.version = true;
        else if (is("--config"))
            a.configFile = value("--config");
        else if (is("--username"))
            a.username = value("--username");
        else if (is("--display-name"))
            a.displayName = value("--display-name");
        else if (is("--role"))
            a.roles.push_back(value("--role"));
        else if (arg == "--password-stdin")
            a.passwordStdin = true;
        else if (!arg.empty() && arg[0] == '-')
            throw std::invalid_argument("unknown option " + arg);
        else if (!commandSeen)
        {
            a.command = arg;
            commandSeen = true;
        }
        else if (a.subcommand.empty())
            a.subcommand = arg;
        else
            throw std::invalid_argument("unexpected argument " + arg);
    }
    return a;
}

std::map<std::string, std::string> readConfigFile(const std::string &path)
{
    std::map<std::string, std::string> out;
    if (path.empty())
        return out;
    Poco::AutoPtr<Poco::Util::AbstractConfiguration> file;
    if (path.size() > 4 && path.substr(path.size() - 4) == ".ini")
        file = new Poco::Util::IniFileConfiguration(path);
    else
        file = new Poco::Util::PropertyFileConfiguration(path);
    for (const auto &k : app::configKeys())
        if (file->hasProperty(k.key))
            out[k.key] = file->getString(k.key);
    return out;
}

void migrateOrCheck(ServerContext &ctx, bool automatic)
{
    store::Migrator migrator(*ctx.database);
    if (automatic)
    {
        migrator.checkCompatible(false);
        migrator.migrate();
    }
    else
        migrator.checkCompatible(true);
    // Events from before time zones were stored take the configured one.
    migrator.adoptTimezone(ctx.config.displayTimezone);
}

/// Writes `port` to `path` (a temporary file renamed over it, so a reader never sees half a number).
void writePortFile(const std::string &path, int port)
{
    const std::string temporary = path + ".tmp";
    {
        std::ofstream out(temporary, std::ios::trunc);
        out << port << "\n";
        out.close();
        if (!out)
            throw std::runtime_error("http.portFile: cannot write " + temporary);
    }
    std::error_code error;
    std::filesystem::rename(temporary, path, error);
    if (error)
        throw std::runtime_error("http.portFile: cannot rename " + temporary + " to " + path + ": " +
                                 error.message());
}

int serve(const app::Config &configured)
{
    // Block the stop signals in every thread; this one waits for them with sigwait.
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGTERM);
    sigaddset(&signals, SIGINT);
    pthread_sigmask(SIG_BLOCK, &signals, nullptr);
    std::signal(SIGPIPE, SIG_IGN);

    // With port 0, listen before building the server, so that public.url (when derived from the listen
    // address) and the port file name the port actually picked. A fixed port is bound after migrating,
    // as before: until then, clients are refused rather than kept waiting.
    std::optional<Poco::Net::ServerSocket> socket;
    app::Config config = configured;
    if (configured.httpPort == 0)
    {
        socket = http::HttpServer::listen(configured.httpHost, 0);
        config = configured.withBoundPort(socket->address().port());
    }
    auto ctx = ServerContext::create(config);
    migrateOrCheck(*ctx, !config.production());
    Serving server(*ctx, Serving::Options{std::move(socket), true});
    auto &log = Poco::Logger::get("server");
    log.information("nextevent-server %s listening on http://%s:%d (database %s, env %s)",
                    std::string(kVersion),
                    config.httpHost,
                    server.port(),
                    ctx->database->url().redacted(),
                    config.env);
    if (!config.httpPortFile.empty())
        writePortFile(config.httpPortFile, server.port());
    int signal = 0;
    sigwait(&signals, &signal);
    log.information("signal %d: stopping (finishing in-flight requests)", signal);
    server.stop(10);
    if (!config.httpPortFile.empty())
    {
        std::error_code ignored; // a port file someone else removed is no reason to fail the stop
        std::filesystem::remove(config.httpPortFile, ignored);
    }
    ctx.reset();
    log.information("stopped cleanly");
    return 0;
}

/// Runs the job workers alone (no HTTP) until SIGTERM/SIGINT; several may run beside the servers.
int worker(const app::Config &config)
{
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGTERM);
    sigaddset(&signals, SIGINT);
    pthread_sigmask(SIG_BLOCK, &signals, nullptr);
    std::signal(SIGPIPE, SIG_IGN);

    auto ctx = ServerContext::create(config);
    migrateOrCheck(*ctx, !config.production());
    if (config.jobWorkers < 1)
        throw std::invalid_argument("jobs.workers must be at least 1 for the worker command");
    ctx->startWorkers();
    auto &log = Poco::Logger::get("server");
    log.information("nextevent-server worker: %d job thread(s) (database %s)",
                    config.jobWorkers,
                    ctx->database->url().redacted());
    int signal = 0;
    sigwait(&signals, &signal);
    log.information("signal %d: stopping workers (finishing running jobs)", signal);
    ctx.reset();
    log.information("stopped cleanly");
    return 0;
}

int userAdd(const app::Config &config, const Arguments &a)
{
    if (a.username.empty() || a.roles.empty() || !a.passwordStdin)
        throw std::invalid_argument("user add needs --username U --role R --password-stdin");
    std::string password;
    std::getline(std::cin, password);
    if (!password.empty() && password.back() == '\r')
        password.pop_back();
    auto ctx = ServerContext::create(config);
    migrateOrCheck(*ctx, !config.production());
    nlohmann::json body{{"username", a.username}, {"password", password}, {"roles", a.roles}};
    if (!a.displayName.empty())
        body["displayName"] = a.displayName;
    const User user = ctx->users->create(body, "cli");
    std::cout << "created user " << user.username << " (" << user.id << ")\n";
    return 0;
}
} // namespace

int runCommandLine(const std::vector<std::string> &args)
{
    Arguments a;
    try
    {
        a = parse(args);
    }
    catch (const std::invalid_argument &e)
    {
        std::cerr << "nextevent-server: " << e.what() << " (see --help)\n";
        return 2;
    }
    if (a.help)
    {
        printHelp();
        return 0;
    }
    if (a.version)
    {
        std::cout << "nextevent-server " << kVersion << "\n";
        return 0;
    }
    try
    {
        const auto config = app::Config::resolve(readConfigFile(a.configFile), app::nexteventEnvironment());
        if (!infra::isKnownTimeZone(config.displayTimezone))
            throw std::invalid_argument("display.timezone: '" + config.displayTimezone +
                                        "' is not in the tz database (an IANA name such as Asia/Shanghai; "
                                        "Debian's tzdata package provides them)");
        infra::configureLogging(config.logFormat, config.logLevel);
        if (a.command == "serve")
            return serve(config);
        if (a.command == "worker")
            return worker(config);
        if (a.command == "migrate")
        {
            auto ctx = ServerContext::create(config);
            store::Migrator migrator(*ctx->database);
            const auto applied = migrator.migrate();
            migrator.adoptTimezone(config.displayTimezone);
            std::cout << (applied.empty() ? "schema is current"
                                          : "applied " + std::to_string(applied.size()) + " migration(s)")
                      << "; version " << migrator.currentVersion() << "\n";
            return 0;
        }
        if (a.command == "seed-demo")
        {
            if (config.production())
                throw std::runtime_error("seed-demo is refused in production");
            auto ctx = ServerContext::create(config);
            migrateOrCheck(*ctx, true);
            app::DemoSeeder seeder(*ctx->store, *ctx->hasher, *ctx->events, *ctx->attendees, *ctx->checkins);
            const auto created = seeder.seed();
            if (created.empty())
                std::cout << "the database already has users; demo data not added\n";
            else
            {
                std::cout << "demo data added. Sign in with:\n";
                for (const auto &c : created)
                    std::cout << "  " << c.username << " / " << c.password << "  (" << c.role << ")\n";
            }
            return 0;
        }
        if (a.command == "user" && a.subcommand == "add")
            return userAdd(config, a);
        std::cerr << "nextevent-server: unknown command '" << a.command << (a.subcommand.empty() ? "" : " ")
                  << a.subcommand << "' (see --help)\n";
        return 2;
    }
    catch (const Error &e)
    {
        std::cerr << "nextevent-server: " << e.what();
        for (const auto &d : e.details())
            std::cerr << "; " << d.field << " " << d.message;
        std::cerr << "\n";
        return 1;
    }
    catch (const std::invalid_argument &e)
    {
        std::cerr << "nextevent-server: configuration error: " << e.what() << "\n";
        return 2;
    }
    catch (const std::exception &e)
    {
        std::cerr << "nextevent-server: " << e.what() << "\n";
        return 1;
    }
}

} // namespace nextevent::server
