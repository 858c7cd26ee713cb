// Anchor for tests/bench/side_by_side.sh: bare POCO 1.11 HTTPServer (thread per keep-alive connection, pool
// sized like nextevent-server's `http.front=poco`) building the Gin anchor's JSON with Poco::JSON per
// request. What POCO gives with no work of ours. Usage: poco_json PORT THREADS
#include <csignal>
#include <cstdlib>
#include <sstream>

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/ThreadPool.h>

namespace
{
class JsonHandler : public Poco::Net::HTTPRequestHandler
{
public:
    void handleRequest(Poco::Net::HTTPServerRequest &, Poco::Net::HTTPServerResponse &response) override
    {
        Poco::JSON::Object body(Poco::JSON_PRESERVE_KEY_ORDER);
        body.set("id", 12345);
        body.set("survey", "customer-satisfaction");
        body.set("status", "active");
        body.set("question", "How satisfied are you?");
        Poco::JSON::Array::Ptr options = new Poco::JSON::Array;
        const char *labels[] = {"Very satisfied", "Satisfied", "Neutral", "Dissatisfied"};
        const int votes[] = {4821, 3170, 1204, 377};
        for (int i = 0; i < 4; ++i)
        {
            Poco::JSON::Object::Ptr option = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
            option->set("id", i + 1);
            option->set("label", labels[i]);
            option->set("votes", votes[i]);
            options->add(option);
        }
        body.set("options", options);
        body.set("total", 9572);
        std::ostringstream out;
        body.stringify(out);
        const std::string text = out.str();
        response.setContentType("application/json");
        response.sendBuffer(text.data(), text.size());
    }
};

class Factory : public Poco::Net::HTTPRequestHandlerFactory
{
public:
    Poco::Net::HTTPRequestHandler *createRequestHandler(const Poco::Net::HTTPServerRequest &) override
    {
        return new JsonHandler;
    }
};
} // namespace

int main(int argc, char **argv)
{
    if (argc < 3)
        return 2;
    const int threads = std::atoi(argv[2]);
    sigset_t stop;
    sigemptyset(&stop);
    sigaddset(&stop, SIGINT);
    sigaddset(&stop, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stop, nullptr);

    Poco::Net::ServerSocket socket;
    socket.bind(Poco::Net::SocketAddress("127.0.0.1", static_cast<Poco::UInt16>(std::atoi(argv[1]))), true);
    socket.listen(4096);
    Poco::Net::HTTPServerParams::Ptr params = new Poco::Net::HTTPServerParams;
    params->setMaxThreads(threads);
    params->setMaxQueued(8192);
    params->setKeepAliveTimeout(Poco::Timespan(10, 0));
    params->setMaxKeepAliveRequests(0);
    Poco::ThreadPool pool(2, threads, 60, 256 * 1024);
    Poco::Net::HTTPServer server(new Factory, pool, socket, params);
    server.start();
    int signal = 0;
    sigwait(&stop, &signal);
    server.stopAll(true);
    return 0;
}
