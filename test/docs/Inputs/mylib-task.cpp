// A task type that detection cannot see: it has a promise_type but is not
// awaitable by itself (its library would await it through its own promise's
// await_transform, as folly does).
#include <coroutine>
namespace mylib {
struct Task {
  struct promise_type {
    Task get_return_object() { return {}; }
    std::suspend_always initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
};
} // namespace mylib

mylib::Task refresh();
void caller() { refresh(); }
