#include "relay.hpp"

int main() {
  boost::asio::io_context ctx;
  chat::tcp::acceptor acceptor(ctx, {chat::tcp::v4(), 5555});
  boost::asio::co_spawn(ctx, chat::listener(std::move(acceptor)),
                        boost::asio::detached);
  boost::asio::steady_timer heartbeat(ctx, std::chrono::seconds(30));
  // Bug: with the deferred token this only builds an operation object.
  heartbeat.async_wait(boost::asio::deferred);
  ctx.run();
}
