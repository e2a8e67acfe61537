// Stub of cpp-httplib's API for async-tidy tests; mirrors httplib.h
// (yhirose/cpp-httplib 0.14). Only the surface the tests need is declared.
//
// httplib::Client's Get/Post/Put/Patch/Delete/Head perform the request
// SYNCHRONOUSLY and block the calling thread; Server::listen() blocks.
#ifndef ASYNC_TIDY_STUB_HTTPLIB_H
#define ASYNC_TIDY_STUB_HTTPLIB_H

#include <cstddef>
#include <functional>
#include <map>
#include <memory>
#include <string>

namespace httplib {

using Headers = std::multimap<std::string, std::string>;
using Params = std::multimap<std::string, std::string>;

enum class Error {
  Success = 0,
  Unknown,
  Connection,
  BindIPAddress,
  Read,
  Write,
  ExceedRedirectCount,
  Canceled,
  SSLConnection,
};

struct Request {
  std::string method;
  std::string path;
  Headers headers;
  std::string body;
};

struct Response {
  std::string version;
  int status = -1;
  std::string reason;
  Headers headers;
  std::string body;
  void set_content(const std::string &s, const std::string &content_type);
};

class Result {
public:
  Result() = default;
  explicit operator bool() const { return res_ != nullptr; }
  bool operator==(std::nullptr_t) const { return res_ == nullptr; }
  const Response &value() const { return *res_; }
  Response &value() { return *res_; }
  const Response &operator*() const { return *res_; }
  Response &operator*() { return *res_; }
  const Response *operator->() const { return res_.get(); }
  Response *operator->() { return res_.get(); }
  Error error() const { return err_; }

private:
  std::unique_ptr<Response> res_;
  Error err_ = Error::Unknown;
};

class Client {
public:
  explicit Client(const std::string &scheme_host_port);
  explicit Client(const std::string &host, int port);
  ~Client();

  // Blocking requests.
  Result Get(const std::string &path);
  Result Get(const std::string &path, const Headers &headers);
  Result Get(const std::string &path, const Params &params,
             const Headers &headers);
  Result Head(const std::string &path);
  Result Post(const std::string &path);
  Result Post(const std::string &path, const std::string &body,
              const std::string &content_type);
  Result Post(const std::string &path, const Headers &headers,
              const std::string &body, const std::string &content_type);
  Result Post(const std::string &path, const Params &params);
  Result Put(const std::string &path);
  Result Put(const std::string &path, const std::string &body,
             const std::string &content_type);
  Result Patch(const std::string &path, const std::string &body,
               const std::string &content_type);
  Result Delete(const std::string &path);
  Result Delete(const std::string &path, const std::string &body,
                const std::string &content_type);
  Result Options(const std::string &path);

  void set_connection_timeout(long sec, long usec = 0);
  void set_read_timeout(long sec, long usec = 0);
  void set_write_timeout(long sec, long usec = 0);
  void stop();
};

class Server {
public:
  using Handler = std::function<void(const Request &, Response &)>;

  Server();
  virtual ~Server();

  Server &Get(const std::string &pattern, Handler handler);
  Server &Post(const std::string &pattern, Handler handler);
  Server &Put(const std::string &pattern, Handler handler);
  Server &Delete(const std::string &pattern, Handler handler);

  // Blocks, serving requests until stop() is called.
  bool listen(const std::string &host, int port, int socket_flags = 0);
  bool listen_after_bind();
  int bind_to_any_port(const std::string &host, int socket_flags = 0);
  bool is_running() const;
  void stop();
};

} // namespace httplib

#endif
