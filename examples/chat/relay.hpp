#pragma once
#include <boost/asio.hpp>
#include <string>

namespace chat {
namespace asio = boost::asio;
using asio::awaitable;
using asio::ip::tcp;

awaitable<void> deliver(tcp::socket &peer, std::string line);
awaitable<void> session(tcp::socket socket);
awaitable<void> listener(tcp::acceptor acceptor);
} // namespace chat
