// Stub of cpr's API for async-tidy tests; mirrors include/cpr/cpr.h and
// include/cpr/{api,response,cprtypes,body,timeout}.h (libcpr/cpr 1.10).
// Only the surface the tests need is declared.
//
// cpr::Get/Post/Put/Delete/Patch/Head/Options perform the request
// SYNCHRONOUSLY and block the calling thread until the response arrives.
#ifndef ASYNC_TIDY_STUB_CPR_CPR_H
#define ASYNC_TIDY_STUB_CPR_CPR_H

#include <chrono>
#include <cstdint>
#include <future>
#include <initializer_list>
#include <map>
#include <string>
#include <string_view>
#include <utility>

namespace cpr {

template <class T>
class StringHolder {
public:
  StringHolder() = default;
  explicit StringHolder(std::string str) : str_(std::move(str)) {}
  explicit StringHolder(std::string_view str) : str_(str) {}
  explicit StringHolder(const char *str) : str_(str) {}
  const std::string &str() const { return str_; }
  const char *c_str() const { return str_.c_str(); }

protected:
  std::string str_;
};

class Url : public StringHolder<Url> {
public:
  Url() = default;
  Url(std::string url) : StringHolder<Url>(std::move(url)) {}
  Url(std::string_view url) : StringHolder<Url>(url) {}
  Url(const char *url) : StringHolder<Url>(url) {}
};

class Body : public StringHolder<Body> {
public:
  Body() = default;
  Body(std::string body) : StringHolder<Body>(std::move(body)) {}
  Body(std::string_view body) : StringHolder<Body>(body) {}
  Body(const char *body) : StringHolder<Body>(body) {}
};

struct CaseInsensitiveCompare {
  bool operator()(const std::string &a, const std::string &b) const noexcept;
};
using Header = std::map<std::string, std::string, CaseInsensitiveCompare>;

class Timeout {
public:
  Timeout(const std::chrono::milliseconds &duration) : ms(duration) {}
  Timeout(const std::int32_t &milliseconds)
      : ms(std::chrono::milliseconds(milliseconds)) {}
  std::chrono::milliseconds ms;
};

struct Parameter {
  Parameter(std::string p_key, std::string p_value)
      : key(std::move(p_key)), value(std::move(p_value)) {}
  std::string key;
  std::string value;
};

class Parameters {
public:
  Parameters() = default;
  Parameters(const std::initializer_list<Parameter> &parameters);
};

class Payload {
public:
  Payload(const std::initializer_list<Parameter> &pairs);
};

class Authentication {
public:
  Authentication(std::string username, std::string password);
};

enum class ErrorCode {
  OK = 0,
  CONNECTION_FAILURE,
  OPERATION_TIMEDOUT,
  UNKNOWN_ERROR = 1000,
};

class Error {
public:
  ErrorCode code = ErrorCode::OK;
  std::string message;
  explicit operator bool() const { return code != ErrorCode::OK; }
};

class Response {
public:
  long status_code{};
  std::string text{};
  Header header{};
  Url url{};
  double elapsed{};
  Error error{};
  std::string raw_header{};
  std::string status_line{};
  std::string reason{};
};

using AsyncResponse = std::future<Response>;

// Blocking requests.
template <typename... Ts>
Response Get(Ts &&...ts) {
  ((void)ts, ...);
  return {};
}
template <typename... Ts>
Response Post(Ts &&...ts) {
  ((void)ts, ...);
  return {};
}
template <typename... Ts>
Response Put(Ts &&...ts) {
  ((void)ts, ...);
  return {};
}
template <typename... Ts>
Response Delete(Ts &&...ts) {
  ((void)ts, ...);
  return {};
}
template <typename... Ts>
Response Patch(Ts &&...ts) {
  ((void)ts, ...);
  return {};
}
template <typename... Ts>
Response Head(Ts &&...ts) {
  ((void)ts, ...);
  return {};
}
template <typename... Ts>
Response Options(Ts &&...ts) {
  ((void)ts, ...);
  return {};
}

// Requests on a background thread.
template <typename... Ts>
AsyncResponse GetAsync(Ts... ts) {
  ((void)ts, ...);
  return {};
}
template <typename... Ts>
AsyncResponse PostAsync(Ts... ts) {
  ((void)ts, ...);
  return {};
}

class Session {
public:
  Session();
  void SetUrl(const Url &url);
  void SetBody(const Body &body);
  void SetHeader(const Header &header);
  void SetTimeout(const Timeout &timeout);
  // Blocking.
  Response Get();
  Response Post();
  Response Put();
  Response Delete();
  Response Patch();
  Response Head();
};

} // namespace cpr

#endif
