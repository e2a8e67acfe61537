//===--- KnownNames.h - every list of names the analysis knows ------------===//
//
// What the checks know about libraries is, in the end, names: which classes
// are tasks, which functions block, spawn, fan out, test for cancellation.
// They are all here, in one table, so that teaching the checks a library
// means editing one file. Option defaults are the lists a user can replace
// or extend (`X` / `AdditionalX`); the fixed lists describe library APIs
// that are not a matter of configuration. Every list names declarations by
// the qualified name listedNameOf() gives (no inline namespaces, no
// template arguments, a leading "::" for the global namespace in option
// values only); lists of identifiers match a declaration's own name in any
// scope, on purpose (every library's `sync_wait`).
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_ANALYSIS_KNOWNNAMES_H
#define ASYNC_TIDY_ANALYSIS_KNOWNNAMES_H

#include "llvm/ADT/StringRef.h"

namespace clang::tidy::async::known {

using Name = llvm::StringLiteral;

//===--- Task types ---------------------------------------------------===//

/// Default `TaskTypes`: every library the product knows.
inline constexpr Name TaskTypes[] = {"cppcoro::task",
                                     "cppcoro::shared_task",
                                     "folly::coro::Task",
                                     "folly::coro::TaskWithExecutor",
                                     "folly::coro::now_task",
                                     "boost::asio::awaitable",
                                     "asio::awaitable",
                                     "boost::cobalt::task",
                                     "boost::cobalt::promise",
                                     "coro::task",
                                     "concurrencpp::result",
                                     "concurrencpp::lazy_result",
                                     "QCoro::Task",
                                     "QCoro::LazyTask",
                                     "seastar::future",
                                     "exec::task",
                                     "unifex::task",
                                     "async_simple::coro::Lazy",
                                     "std::execution::task"};

/// Eager by design; detection cannot see it through their promise types.
inline constexpr Name EagerTaskTypes[] = {"QCoro::Task", "concurrencpp::result",
                                          "seastar::future",
                                          "boost::cobalt::promise"};

/// Asio's deferred operations: nothing runs until they are awaited or
/// invoked, like a lazy task.
inline constexpr Name DeferredOperationTypes[] = {
    "boost::asio::deferred_async_operation",
    "boost::asio::deferred_sequence",
    "boost::asio::deferred_conditional",
    "boost::asio::experimental::deferred_async_operation",
    "asio::deferred_async_operation",
    "asio::deferred_sequence",
    "asio::deferred_conditional",
    "asio::experimental::deferred_async_operation"};

/// Asynchronous generators: what an async coroutine may return besides a
/// task (a synchronous generator runs on its caller's thread).
inline constexpr Name AsyncGeneratorTypes[] = {
    "cppcoro::async_generator",        "folly::coro::AsyncGenerator",
    "boost::cobalt::generator",        "QCoro::AsyncGenerator",
    "boost::asio::experimental::coro", "asio::experimental::coro",
    "concurrencpp::generator"};

/// Awaiters whose type alone says whether `initial_suspend()` suspends.
inline constexpr Name SuspendingAwaiters[] = {
    "std::suspend_always", "std::experimental::suspend_always"};
inline constexpr Name NonSuspendingAwaiters[] = {
    "std::suspend_never", "std::experimental::suspend_never"};

//===--- Spawns, starts and fan-out
//----------------------------------------===//

/// Default `DetachedSpawnFunctions`: spawns whose work drops its exceptions.
/// libcoro's self-deleting spawn promise has an empty unhandled_exception();
/// its older task_container (behind io_scheduler::spawn) only prints to
/// std::cerr; concurrencpp's post wraps the callable in a catch (...) that
/// does nothing.
inline constexpr Name DetachedSpawnFunctions[] = {
    "coro::thread_pool::spawn_detached",
    "coro::scheduler::spawn_detached",
    "coro::io_scheduler::spawn",
    "coro::task_group::start",
    "coro::task_container::start",
    "concurrencpp::executor::post",
    "concurrencpp::derivable_executor::post",
    "concurrencpp::executor::bulk_post",
    "concurrencpp::derivable_executor::bulk_post"};

/// Default `DetachedTokens`: completion tokens that ignore the outcome.
inline constexpr Name DetachedTokens[] = {"boost::asio::detached_t",
                                          "asio::detached_t"};

/// Default `SpawnFunctions`: every spawn whose work runs on after the call
/// returns, the token spawns and the default `DetachedSpawnFunctions`.
inline constexpr Name SpawnFunctions[] = {
    "boost::asio::co_spawn",
    "asio::co_spawn",
    "boost::cobalt::spawn",
    "coro::thread_pool::spawn_detached",
    "coro::scheduler::spawn_detached",
    "coro::io_scheduler::spawn",
    "coro::task_group::start",
    "coro::task_container::start",
    "concurrencpp::executor::post",
    "concurrencpp::derivable_executor::post",
    "concurrencpp::executor::submit",
    "concurrencpp::derivable_executor::submit"};

/// Spawns that take the work second and an Asio completion token last.
inline constexpr Name TokenSpawnFunctions[] = {
    "boost::asio::co_spawn", "asio::co_spawn", "boost::cobalt::spawn"};

/// Tokens with which a spawn returns a `std::future` holding the exception.
inline constexpr Name UseFutureTokens[] = {"boost::asio::use_future_t",
                                           "asio::use_future_t"};

/// Starts that return a handle holding the work's exception.
inline constexpr Name HandleReturningStarts[] = {
    "folly::coro::TaskWithExecutor::start",
    "folly::coro::TaskWithExecutor::startInlineUnsafe",
    "concurrencpp::executor::submit",
    "concurrencpp::derivable_executor::submit",
    "concurrencpp::executor::bulk_submit",
    "concurrencpp::derivable_executor::bulk_submit"};

/// Starts that hand the work's outcome (a `Try`) to a callback.
inline constexpr Name CallbackStarts[] = {
    "folly::coro::TaskWithExecutor::start",
    "folly::coro::TaskWithExecutor::startInlineUnsafe",
    "async_simple::coro::detail::LazyBase::start",
    "async_simple::coro::Lazy::start",
    "async_simple::coro::RescheduleLazy::start"};

/// Coroutine return types that drop the outcome by design.
inline constexpr Name FireAndForgetTypes[] = {"concurrencpp::null_result"};

/// Default `FanOutFunctions` of async-unchecked-fan-out: fan-outs that
/// return each task's outcome instead of throwing the first failure.
inline constexpr Name OutcomeFanOutFunctions[] = {
    "cppcoro::when_all_ready",
    "coro::when_all",
    "folly::coro::collectAllTry",
    "folly::coro::collectAllTryRange",
    "folly::coro::collectAllTryWindowed",
    "async_simple::coro::collectAll",
    "async_simple::coro::collectAllPara",
    "async_simple::coro::collectAllWindowed",
    "async_simple::coro::collectAllWindowedPara",
    "boost::asio::experimental::make_parallel_group",
    "asio::experimental::make_parallel_group",
    "boost::cobalt::gather",
    "concurrencpp::when_all"};

/// Default `FanOutFunctions` of async-unbounded-fan-out: fan-outs that start
/// all their tasks at once (the throwing and the outcome-returning forms,
/// without the windowed ones).
inline constexpr Name ConcurrentFanOutFunctions[] = {
    "cppcoro::when_all",
    "cppcoro::when_all_ready",
    "coro::when_all",
    "folly::coro::collectAll",
    "folly::coro::collectAllRange",
    "folly::coro::collectAllTry",
    "folly::coro::collectAllTryRange",
    "async_simple::coro::collectAll",
    "async_simple::coro::collectAllPara",
    "boost::asio::experimental::make_parallel_group",
    "asio::experimental::make_parallel_group",
    "boost::cobalt::gather",
    "boost::cobalt::join",
    "concurrencpp::when_all"};

/// The variant of an outcome-returning fan-out that throws the first
/// failure, as the remedy names it.
struct ThrowingVariant {
  Name FanOut;
  Name Remedy;
};
inline constexpr ThrowingVariant ThrowingVariants[] = {
    {"cppcoro::when_all_ready", "use 'cppcoro::when_all' or check each result"},
    {"folly::coro::collectAllTry",
     "use 'folly::coro::collectAll' or check each result"},
    {"folly::coro::collectAllTryRange",
     "use 'folly::coro::collectAllRange' or check each result"},
    {"folly::coro::collectAllTryWindowed",
     "use 'folly::coro::collectAllWindowed' or check each result"},
    {"boost::asio::experimental::make_parallel_group",
     "use the awaitable operator '&&' or check each result"},
    {"asio::experimental::make_parallel_group",
     "use the awaitable operator '&&' or check each result"},
    {"boost::cobalt::gather", "use 'boost::cobalt::join' or check each result"},
};

/// Identifiers of the calls that run a task to completion before they
/// return, in any library.
inline constexpr Name BlockingWaitNames[] = {"sync_wait", "blockingWait",
                                             "syncAwait"};
/// Calls that run a task to completion before they return, whose
/// identifier alone is too common to list: QCoro's waitFor runs a nested
/// event loop until the task is done.
inline constexpr Name BlockingWaitFunctions[] = {"QCoro::waitFor"};
/// Identifiers of the member calls that block until the work of a task or a
/// handle is done (`result.get()`, `future.wait()`).
inline constexpr Name HandleWaitNames[] = {"get", "wait"};
/// Handles, besides tasks, whose `get()` and `wait()` block until the work
/// they stand for is done.
inline constexpr Name WaitableHandleTypes[] = {
    "std::future", "std::shared_future", "folly::SemiFuture", "folly::Future"};
/// Identifiers of the calls after which an executor's work is done.
inline constexpr Name ExecutorJoinNames[] = {"run", "run_for", "run_until",
                                             "join", "wait"};
/// Calls that drain an executor: they return when every task it was given
/// has finished (libcoro's shutdown() waits for the tasks in flight).
inline constexpr Name ExecutorDrainFunctions[] = {
    "coro::thread_pool::shutdown", "coro::scheduler::shutdown",
    "coro::io_scheduler::shutdown"};
/// Identifiers of the calls that say how many tasks the machine or an
/// executor runs at once: configuration, not load (`std::thread::
/// hardware_concurrency()`, concurrencpp's `max_concurrency_level()`).
inline constexpr Name ConcurrencyQueryNames[] = {"hardware_concurrency",
                                                 "max_concurrency_level"};
/// Identifiers of the member calls of a task that attach a continuation
/// and return its task (QCoro's `Task::then`).
inline constexpr Name ContinuationNames[] = {"then"};
/// Identifiers of the awaited calls that accept a connection.
inline constexpr Name AcceptNames[] = {"async_accept", "accept"};
/// Identifiers of the member calls that add an element to a container.
inline constexpr Name ContainerFillNames[] = {
    "push_back", "emplace_back", "push",         "emplace",
    "insert",    "push_front",   "emplace_front"};

/// Default `SemaphoreTypes`: what each library really offers to bound
/// concurrency in coroutines (cppcoro has none). seastar::semaphore and
/// Asio's channels are aliases of the basic_* templates; both spellings are
/// listed.
inline constexpr Name SemaphoreTypes[] = {
    "coro::semaphore",
    "folly::fibers::Semaphore",
    "seastar::semaphore",
    "seastar::basic_semaphore",
    "boost::asio::experimental::channel",
    "boost::asio::experimental::basic_channel",
    "boost::asio::experimental::concurrent_channel",
    "boost::asio::experimental::basic_concurrent_channel",
    "asio::experimental::channel",
    "asio::experimental::basic_channel",
    "asio::experimental::concurrent_channel",
    "asio::experimental::basic_concurrent_channel",
    "async_simple::coro::CountingSemaphore",
    "boost::cobalt::channel"};

//===--- Lifetimes
//---------------------------------------------------------===//

/// Default `ViewTypes`: classes that refer to memory they do not own.
inline constexpr Name ViewTypes[] = {"std::basic_string_view",
                                     "std::span",
                                     "boost::basic_string_view",
                                     "boost::core::basic_string_view",
                                     "boost::span",
                                     "absl::string_view",
                                     "absl::Span",
                                     "folly::Range",
                                     "gsl::span",
                                     "llvm::StringRef",
                                     "llvm::ArrayRef",
                                     "boost::asio::const_buffer",
                                     "boost::asio::mutable_buffer",
                                     "asio::const_buffer",
                                     "asio::mutable_buffer",
                                     "QStringView",
                                     "QByteArrayView"};

/// Identifiers of member calls that hand out a view of their object.
inline constexpr Name ViewingMemberNames[] = {"data", "c_str", "begin"};

/// Ranges whose size is fixed at compile time.
inline constexpr Name ConstantSizedRanges[] = {"std::array",
                                               "std::initializer_list"};

//===--- Offload
//-----------------------------------------------------------===//

/// Default `OffloadAwaitables`: functions whose result, when awaited,
/// resumes the awaiting coroutine on a thread pool.
inline constexpr Name OffloadAwaitables[] = {
    "cppcoro::static_thread_pool::schedule", "coro::thread_pool::schedule",
    "concurrencpp::resume_on", "async_simple::coro::dispatch"};

/// Thread pools and their executors, and executors that start a thread per
/// task: work handed to them runs on threads of its own, where blocking is
/// allowed.
inline constexpr Name ThreadPoolTypes[] = {
    "boost::asio::thread_pool",
    "boost::asio::thread_pool::basic_executor_type",
    "asio::thread_pool",
    "asio::thread_pool::basic_executor_type",
    "concurrencpp::thread_pool_executor",
    "concurrencpp::thread_executor"};

/// Tag types whose presence as a coroutine's first parameter makes the
/// coroutine start on the executor passed as its second parameter
/// (concurrencpp's `result<T> f(executor_tag, std::shared_ptr<E> ex, ...)`).
inline constexpr Name ExecutorTagTypes[] = {"concurrencpp::executor_tag"};

/// Smart pointers: what they point to is the object that is used.
inline constexpr Name SmartPointerTypes[] = {"std::shared_ptr",
                                             "std::unique_ptr"};

/// Spawns whose first argument is the executor the work runs on.
inline constexpr Name ExecutorSpawnFunctions[] = {"boost::asio::co_spawn",
                                                  "asio::co_spawn"};

//===--- Readiness
//---------------------------------------------------------===//

/// Default `ReadinessAwaitables`: awaitables that wait until a descriptor or
/// socket can be read or written without blocking. A descriptor call on a
/// socket polled this way is the event loop's own pattern on a non-blocking
/// socket (call, `EAGAIN`, await readiness, call again).
inline constexpr Name ReadinessAwaitables[] = {
    "coro::scheduler::poll",
    "coro::io_scheduler::poll",
    "boost::asio::basic_socket::async_wait",
    "boost::asio::basic_socket_acceptor::async_wait",
    "boost::asio::posix::basic_descriptor::async_wait",
    "asio::basic_socket::async_wait",
    "asio::basic_socket_acceptor::async_wait",
    "asio::posix::basic_descriptor::async_wait"};

/// Identifiers of the wait types that wait for something other than
/// readiness (Asio's `wait_error`).
inline constexpr Name NonReadinessWaitTypes[] = {"wait_error"};

/// POSIX calls whose first argument is a descriptor: they block only on a
/// blocking descriptor.
inline constexpr Name DescriptorFunctions[] = {
    "read",    "write",   "readv",  "writev",   "pread",
    "pwrite",  "recv",    "send",   "recvfrom", "sendto",
    "recvmsg", "sendmsg", "accept", "accept4",  "connect"};

/// Classes whose waiting members (`get`, `wait`, ...) return at once when
/// the value is already there.
inline constexpr Name FutureTypes[] = {
    "std::future",          "std::shared_future",
    "boost::future",        "boost::shared_future",
    "folly::Future",        "folly::SemiFuture",
    "concurrencpp::result", "concurrencpp::shared_result",
    "seastar::future"};

/// Identifiers of the members of FutureTypes that ask, without waiting,
/// whether the value is there: a readiness test.
inline constexpr Name ReadinessQueries[] = {
    "status", "is_ready",  "isReady",  "ready",         "available",
    "failed", "has_value", "hasValue", "has_exception", "hasException"};

/// Identifiers of the timed waits, which do not wait given a zero duration.
inline constexpr Name TimedWaitNames[] = {"wait_for", "wait_until"};
/// Identifiers of the members of FutureTypes after which the value is there
/// (or the wait was reported itself).
inline constexpr Name SettlingWaitNames[] = {"wait", "wait_for", "wait_until"};
/// Identifiers of the members that hand out an element of a container.
inline constexpr Name ElementAccessNames[] = {"at", "front", "back"};
/// Identifier of the standard function that hands out a tuple's element.
inline constexpr Name TupleElementNames[] = {"get"};

/// Identifiers of the fan-in calls whose awaited result holds one finished
/// element among pending ones: the element at its `index`.
inline constexpr Name WhenAnyFunctions[] = {"when_any"};
/// The member of a when_any result that says which element finished.
inline constexpr Name WhenAnyIndexMember = "index";

//===--- Console input
//-----------------------------------------------------===//

/// The standard input streams: reading them waits for the user.
inline constexpr Name ConsoleInputStreams[] = {"std::cin", "std::wcin"};
/// Identifiers of the calls that read from the stream they are given (as
/// object or as first argument), besides `operator>>`.
inline constexpr Name StreamReadNames[] = {"getline",  "get",    "read",
                                           "readsome", "ignore", "peek"};

//===--- Completion tokens
//-------------------------------------------------===//

/// Asio's tokens and token adapters, by their name in any of
/// AsioTokenNamespaces (asio 1.22 keeps `deferred` and `as_tuple` in
/// `experimental`).
inline constexpr Name AsioTokenClasses[] = {"use_awaitable_t",
                                            "deferred_t",
                                            "detached_t",
                                            "redirect_error_t",
                                            "as_tuple_t",
                                            "as_single_t",
                                            "use_future_t",
                                            "append_t",
                                            "prepend_t",
                                            "consign_t",
                                            "executor_binder",
                                            "allocator_binder",
                                            "cancellation_slot_binder",
                                            "immediate_executor_binder",
                                            "cancel_after_t",
                                            "cancel_at_t",
                                            "use_coro_t",
                                            "use_promise_t"};
inline constexpr Name AsioTokenNamespaces[] = {
    "boost::asio::", "boost::asio::experimental::", "asio::",
    "asio::experimental::"};
/// Completion tokens of other libraries.
inline constexpr Name OtherTokenClasses[] = {"boost::cobalt::use_op_t",
                                             "boost::cobalt::use_task_t"};

/// Tokens with which a failed operation resumes with an error code instead
/// of throwing; `redirect_error` writes it to a variable. The `partial_*`
/// classes are what `as_tuple` and `redirect_error(ec)` without a token are
/// in asio 1.30 and later; asio 1.22 keeps `as_tuple` in `experimental`, and
/// `as_single` is there in every version.
inline constexpr Name ErrorCodeTokens[] = {
    "boost::asio::redirect_error_t",
    "asio::redirect_error_t",
    "boost::asio::partial_redirect_error",
    "asio::partial_redirect_error",
    "boost::asio::as_tuple_t",
    "asio::as_tuple_t",
    "boost::asio::partial_as_tuple",
    "asio::partial_as_tuple",
    "boost::asio::experimental::as_tuple_t",
    "asio::experimental::as_tuple_t",
    "boost::asio::experimental::as_single_t",
    "asio::experimental::as_single_t"};
inline constexpr Name RedirectErrorTokens[] = {
    "boost::asio::redirect_error_t", "asio::redirect_error_t",
    "boost::asio::partial_redirect_error", "asio::partial_redirect_error"};

/// How Boost.Asio and asio spell the error of a cancelled operation, in
/// that order.
inline constexpr Name AsioCancelledError[] = {
    "boost::asio::error::operation_aborted", "asio::error::operation_aborted"};

//===--- Exception escape
//-------------------------------------------------===//
// What async-detached-spawn (and every check that asks whether an exception
// can leave a spawned body) does not count as throwing. Allocation failure
// is left out of the analysis, as clang's own exception analyses leave out
// std::bad_alloc; so are calls that do not throw in practice.

/// Standard library classes whose constructors, assignments and members
/// throw only when memory runs out or a size exceeds max_size(), except the
/// checked accesses below.
inline constexpr Name AllocationOnlyClasses[] = {"std::basic_string",
                                                 "std::vector",
                                                 "std::deque",
                                                 "std::list",
                                                 "std::forward_list",
                                                 "std::map",
                                                 "std::multimap",
                                                 "std::set",
                                                 "std::multiset",
                                                 "std::unordered_map",
                                                 "std::unordered_multimap",
                                                 "std::unordered_set",
                                                 "std::unordered_multiset",
                                                 "std::shared_ptr",
                                                 "std::unique_ptr",
                                                 "std::weak_ptr"};
/// Members of those classes that check a position or key and throw
/// std::out_of_range: they are counted. (`std::basic_string`'s insert and
/// erase at a position, and its append, assign and constructor from a
/// position in another string, are counted too.)
inline constexpr Name CheckedAccessNames[] = {"at", "substr", "compare",
                                              "replace", "copy"};
/// Standard functions that only allocate.
inline constexpr Name AllocationOnlyFunctions[] = {
    "std::make_shared",         "std::make_unique",
    "std::allocate_shared",     "std::to_string",
    "std::error_code::message", "boost::system::error_code::message"};
/// Namespaces of the standard library whose functions compute with
/// `std::chrono` durations and time points (constructors, arithmetic, the
/// `100ms` literals of the inline `chrono_literals`): they do not throw.
inline constexpr Name ChronoNamespaces[] = {"chrono", "chrono_literals"};
/// Status types that report a failed operation as a value: an operation
/// that resumes with one (alone, first in a pair or tuple, or as the error
/// of a `std::expected`) does not throw its failure. libcoro's networking
/// and polling API.
inline constexpr Name StatusResultTypes[] = {
    "coro::net::io_status",        "coro::net::connect_status",
    "coro::poll_status",           "coro::net::tls::recv_status",
    "coro::net::tls::send_status", "coro::net::tls::connection_status"};
/// The standard output stream class: writing to a stream reports failure
/// in the stream's state, and throws only after `exceptions()` asked it to.
inline constexpr Name OutputStreamClasses[] = {"std::basic_ostream"};
/// Asio timer members that fail only when the timer service does (in
/// practice never): setting the expiry, cancelling.
inline constexpr Name AsioTimerClasses[] = {
    "boost::asio::basic_waitable_timer", "asio::basic_waitable_timer",
    "boost::asio::basic_deadline_timer", "asio::basic_deadline_timer"};
inline constexpr Name AsioTimerMemberNames[] = {
    "expires_after", "expires_at", "expires_from_now", "cancel", "cancel_one"};

//===--- Cancellation
//------------------------------------------------------===//

/// Default `CancellationExceptions`. `std::system_error` is left out on
/// purpose: Boost.Asio and asio throw their own `system_error`, and
/// `std::system_error` is thrown for failures that are not cancellations.
inline constexpr Name CancellationExceptions[] = {
    "folly::OperationCancelled", "cppcoro::operation_cancelled",
    "boost::system::system_error", "asio::system_error"};

/// Default `RethrowFunctions`: calls that rethrow the exception handed to
/// them.
inline constexpr Name RethrowFunctions[] = {
    "std::rethrow_exception", "boost::rethrow_exception",
    "folly::exception_wrapper::throw_exception", "folly::coro::co_error"};

/// Coroutine types of the sender/receiver libraries: a cancelled sender
/// completes with the stopped signal (libunifex: "done"), which unwinds the
/// awaiting coroutine without throwing.
inline constexpr Name StoppedSignalTaskTypes[] = {"unifex::task", "exec::task",
                                                  "std::execution::task"};

/// Top-level namespaces of libraries that have no cancellation exception:
/// what their awaiters throw is never a cancellation (libcoro reports a
/// cancelled operation as a status value; QCoro has no cancellation).
inline constexpr Name LibrariesWithoutCancellation[] = {"coro", "QCoro"};

/// Calls that capture the exception being handled.
inline constexpr Name ExceptionCaptures[] = {"std::current_exception",
                                             "std::make_exception_ptr",
                                             "boost::current_exception"};

/// Identifiers of the error codes that mean "cancelled".
inline constexpr Name CancelledErrorCodes[] = {"operation_aborted",
                                               "operation_canceled"};
/// Identifiers of the calls that ask whether cancellation was requested.
inline constexpr Name CancellationQueries[] = {
    "isCancellationRequested", "is_cancellation_requested",
    "throw_if_cancellation_requested", "stop_requested"};
inline constexpr Name CancellationStateQueries[] = {
    "boost::asio::cancellation_state::cancelled",
    "asio::cancellation_state::cancelled"};
/// Variables whose await is a cancellation check.
inline constexpr Name CancellationPoints[] = {"folly::coro::co_safe_point"};

//===--- Locks
//-------------------------------------------------------------===//

/// Default `LockTypes`. folly::SharedMutex::WriteHolder and its siblings are
/// nested in the class template SharedMutexImpl, which is the name a
/// declaration carries; a folly::Synchronized lock handle is a
/// folly::LockedPtr.
inline constexpr Name LockTypes[] = {"std::lock_guard",
                                     "std::unique_lock",
                                     "std::scoped_lock",
                                     "std::shared_lock",
                                     "boost::lock_guard",
                                     "boost::unique_lock",
                                     "boost::shared_lock",
                                     "absl::MutexLock",
                                     "absl::ReaderMutexLock",
                                     "absl::WriterMutexLock",
                                     "folly::SharedMutexImpl::WriteHolder",
                                     "folly::SharedMutexImpl::ReadHolder",
                                     "folly::SharedMutexImpl::UpgradeHolder",
                                     "folly::LockedPtr"};

/// Default `MutexTypes`.
inline constexpr Name MutexTypes[] = {"std::mutex",
                                      "std::recursive_mutex",
                                      "std::timed_mutex",
                                      "std::recursive_timed_mutex",
                                      "std::shared_mutex",
                                      "std::shared_timed_mutex",
                                      "boost::mutex",
                                      "boost::recursive_mutex",
                                      "boost::timed_mutex",
                                      "boost::shared_mutex",
                                      "absl::Mutex",
                                      "folly::SharedMutex",
                                      "folly::SharedMutexImpl"};

/// Default `AsyncMutexTypes`. Boost.Cobalt and Boost.Asio have no mutex: an
/// Asio strand serialises without locking. async_simple's SpinLock is taken
/// by coroutines with `co_await coLock()` / `coScopedLock()`, which yield
/// instead of blocking, like folly's `co_scoped_lock`.
inline constexpr Name AsyncMutexTypes[] = {"folly::coro::Mutex",
                                           "folly::coro::SharedMutexFair",
                                           "folly::coro::SharedMutex",
                                           "cppcoro::async_mutex",
                                           "coro::mutex",
                                           "coro::shared_mutex",
                                           "async_simple::coro::Mutex",
                                           "async_simple::coro::SharedMutex",
                                           "async_simple::coro::SpinLock",
                                           "concurrencpp::async_lock",
                                           "unifex::async_mutex",
                                           "unifex::v2::async_mutex",
                                           "seastar::shared_mutex",
                                           "seastar::basic_rwlock"};

/// Default `ConditionVariableWaits` of async-lock-held-across-suspension:
/// awaited calls that release the lock they are given (a guard, or the
/// mutex it holds) while the coroutine waits, and take it back before it
/// resumes.
inline constexpr Name ConditionVariableWaits[] = {
    "async_simple::coro::ConditionVariable::wait",
    "coro::condition_variable::wait", "coro::condition_variable::wait_for",
    "coro::condition_variable::wait_until",
    "concurrencpp::async_condition_variable::await"};

/// Default `AllowedAwaitables`: awaitables that never suspend. The flow also
/// sees it from an awaiter whose await_ready() returns true, but only where
/// the body was parsed (clangd's preamble skips the bodies of header
/// functions).
inline constexpr Name NonSuspendingAwaitables[] = {
    "std::suspend_never",
    "boost::asio::this_coro::executor_t",
    "boost::asio::this_coro::cancellation_state_t",
    "boost::asio::this_coro::reset_cancellation_state_0_t",
    "boost::asio::this_coro::reset_cancellation_state_1_t",
    "boost::asio::this_coro::reset_cancellation_state_2_t",
    "boost::asio::this_coro::throw_if_cancelled_0_t",
    "boost::asio::this_coro::throw_if_cancelled_1_t",
    "asio::this_coro::executor_t",
    "asio::this_coro::cancellation_state_t",
    "asio::this_coro::reset_cancellation_state_0_t",
    "asio::this_coro::reset_cancellation_state_1_t",
    "asio::this_coro::reset_cancellation_state_2_t",
    "asio::this_coro::throw_if_cancelled_0_t",
    "asio::this_coro::throw_if_cancelled_1_t",
    "folly::coro::co_current_executor_t",
    "folly::coro::detail::co_current_executor_",
    "folly::coro::co_current_cancellation_token_t"};

//===--- Blocking calls
//----------------------------------------------------===//

/// What a blocking call waits for; each kind has its own remedy.
enum class BlockingGroup {
  Sleeping,
  Waiting,
  SyncWait,
  BlockingIO,
  Process,
  DiscardedAsync,
  ConsoleInput,
  UserListed,
};

struct BlockingFunction {
  Name Function;
  BlockingGroup Group;
};

/// Default `BlockingFunctions`, with the group each belongs to.
inline constexpr BlockingFunction BlockingFunctions[] = {
    // Sleeping.
    {"::sleep", BlockingGroup::Sleeping},
    {"::usleep", BlockingGroup::Sleeping},
    {"::nanosleep", BlockingGroup::Sleeping},
    {"::clock_nanosleep", BlockingGroup::Sleeping},
    {"std::this_thread::sleep_for", BlockingGroup::Sleeping},
    {"std::this_thread::sleep_until", BlockingGroup::Sleeping},
    {"boost::this_thread::sleep_for", BlockingGroup::Sleeping},
    {"boost::this_thread::sleep_until", BlockingGroup::Sleeping},
    // Waiting on threads, futures, condition variables.
    {"std::thread::join", BlockingGroup::Waiting},
    {"std::jthread::join", BlockingGroup::Waiting},
    {"std::future::get", BlockingGroup::Waiting},
    {"std::future::wait", BlockingGroup::Waiting},
    {"std::future::wait_for", BlockingGroup::Waiting},
    {"std::future::wait_until", BlockingGroup::Waiting},
    {"std::shared_future::get", BlockingGroup::Waiting},
    {"std::shared_future::wait", BlockingGroup::Waiting},
    {"std::shared_future::wait_for", BlockingGroup::Waiting},
    {"std::shared_future::wait_until", BlockingGroup::Waiting},
    {"std::condition_variable::wait", BlockingGroup::Waiting},
    {"std::condition_variable::wait_for", BlockingGroup::Waiting},
    {"std::condition_variable::wait_until", BlockingGroup::Waiting},
    {"std::condition_variable_any::wait", BlockingGroup::Waiting},
    {"std::condition_variable_any::wait_for", BlockingGroup::Waiting},
    {"std::condition_variable_any::wait_until", BlockingGroup::Waiting},
    {"std::counting_semaphore::acquire", BlockingGroup::Waiting},
    {"std::latch::wait", BlockingGroup::Waiting},
    {"std::latch::arrive_and_wait", BlockingGroup::Waiting},
    {"std::barrier::arrive_and_wait", BlockingGroup::Waiting},
    {"boost::future::get", BlockingGroup::Waiting},
    {"boost::future::wait", BlockingGroup::Waiting},
    {"folly::Future::get", BlockingGroup::Waiting},
    {"folly::Future::wait", BlockingGroup::Waiting},
    {"folly::SemiFuture::get", BlockingGroup::Waiting},
    {"folly::SemiFuture::wait", BlockingGroup::Waiting},
    {"concurrencpp::result::get", BlockingGroup::Waiting},
    {"concurrencpp::result::wait", BlockingGroup::Waiting},
    {"concurrencpp::result::wait_for", BlockingGroup::Waiting},
    {"concurrencpp::result::wait_until", BlockingGroup::Waiting},
    {"seastar::future::get", BlockingGroup::Waiting},
    {"coro::thread_pool::shutdown", BlockingGroup::Waiting},
    {"QProcess::waitForStarted", BlockingGroup::Waiting},
    {"QProcess::waitForFinished", BlockingGroup::Waiting},
    {"QProcess::waitForReadyRead", BlockingGroup::Waiting},
    {"QIODevice::waitForReadyRead", BlockingGroup::Waiting},
    {"QIODevice::waitForBytesWritten", BlockingGroup::Waiting},
    // Synchronous waits on asynchronous work.
    {"cppcoro::sync_wait", BlockingGroup::SyncWait},
    {"folly::coro::blockingWait", BlockingGroup::SyncWait},
    {"folly::coro::blocking_wait", BlockingGroup::SyncWait},
    {"stdexec::sync_wait", BlockingGroup::SyncWait},
    {"std::this_thread::sync_wait", BlockingGroup::SyncWait},
    {"unifex::sync_wait", BlockingGroup::SyncWait},
    {"coro::sync_wait", BlockingGroup::SyncWait},
    {"async_simple::coro::syncAwait", BlockingGroup::SyncWait},
    {"boost::cobalt::run", BlockingGroup::SyncWait},
    {"QCoro::waitFor", BlockingGroup::SyncWait},
    // Blocking I/O: C stdio, POSIX, streams, files, HTTP clients.
    {"::fopen", BlockingGroup::BlockingIO},
    {"::fread", BlockingGroup::BlockingIO},
    {"::fwrite", BlockingGroup::BlockingIO},
    {"::fgets", BlockingGroup::BlockingIO},
    {"::fscanf", BlockingGroup::BlockingIO},
    {"::getchar", BlockingGroup::BlockingIO},
    {"::scanf", BlockingGroup::BlockingIO},
    {"::getc", BlockingGroup::BlockingIO},
    {"::fgetc", BlockingGroup::BlockingIO},
    {"::getline", BlockingGroup::BlockingIO},
    {"::open", BlockingGroup::BlockingIO},
    {"::read", BlockingGroup::BlockingIO},
    {"::write", BlockingGroup::BlockingIO},
    {"::pread", BlockingGroup::BlockingIO},
    {"::pwrite", BlockingGroup::BlockingIO},
    {"::fsync", BlockingGroup::BlockingIO},
    {"::connect", BlockingGroup::BlockingIO},
    {"::accept", BlockingGroup::BlockingIO},
    {"::recv", BlockingGroup::BlockingIO},
    {"::recvfrom", BlockingGroup::BlockingIO},
    {"::send", BlockingGroup::BlockingIO},
    {"::sendto", BlockingGroup::BlockingIO},
    {"::select", BlockingGroup::BlockingIO},
    {"::poll", BlockingGroup::BlockingIO},
    {"::epoll_wait", BlockingGroup::BlockingIO},
    {"::getaddrinfo", BlockingGroup::BlockingIO},
    {"::gethostbyname", BlockingGroup::BlockingIO},
    {"std::basic_ifstream::basic_ifstream", BlockingGroup::BlockingIO},
    {"std::basic_ifstream::open", BlockingGroup::BlockingIO},
    {"std::basic_ofstream::basic_ofstream", BlockingGroup::BlockingIO},
    {"std::basic_ofstream::open", BlockingGroup::BlockingIO},
    {"std::basic_fstream::basic_fstream", BlockingGroup::BlockingIO},
    {"std::basic_fstream::open", BlockingGroup::BlockingIO},
    {"std::filesystem::exists", BlockingGroup::BlockingIO},
    {"std::filesystem::status", BlockingGroup::BlockingIO},
    {"std::filesystem::symlink_status", BlockingGroup::BlockingIO},
    {"std::filesystem::is_directory", BlockingGroup::BlockingIO},
    {"std::filesystem::is_regular_file", BlockingGroup::BlockingIO},
    {"std::filesystem::is_symlink", BlockingGroup::BlockingIO},
    {"std::filesystem::is_empty", BlockingGroup::BlockingIO},
    {"std::filesystem::file_size", BlockingGroup::BlockingIO},
    {"std::filesystem::last_write_time", BlockingGroup::BlockingIO},
    {"std::filesystem::create_directory", BlockingGroup::BlockingIO},
    {"std::filesystem::create_directories", BlockingGroup::BlockingIO},
    {"std::filesystem::create_symlink", BlockingGroup::BlockingIO},
    {"std::filesystem::create_hard_link", BlockingGroup::BlockingIO},
    {"std::filesystem::remove", BlockingGroup::BlockingIO},
    {"std::filesystem::remove_all", BlockingGroup::BlockingIO},
    {"std::filesystem::rename", BlockingGroup::BlockingIO},
    {"std::filesystem::copy", BlockingGroup::BlockingIO},
    {"std::filesystem::copy_file", BlockingGroup::BlockingIO},
    {"std::filesystem::read_symlink", BlockingGroup::BlockingIO},
    {"std::filesystem::canonical", BlockingGroup::BlockingIO},
    {"std::filesystem::weakly_canonical", BlockingGroup::BlockingIO},
    {"std::filesystem::equivalent", BlockingGroup::BlockingIO},
    {"std::filesystem::hard_link_count", BlockingGroup::BlockingIO},
    {"std::filesystem::permissions", BlockingGroup::BlockingIO},
    {"std::filesystem::resize_file", BlockingGroup::BlockingIO},
    {"std::filesystem::space", BlockingGroup::BlockingIO},
    {"std::filesystem::directory_iterator::directory_iterator",
     BlockingGroup::BlockingIO},
    {"std::filesystem::recursive_directory_iterator::"
     "recursive_directory_iterator",
     BlockingGroup::BlockingIO},
    {"::curl_easy_perform", BlockingGroup::BlockingIO},
    {"cpr::Get", BlockingGroup::BlockingIO},
    {"cpr::Post", BlockingGroup::BlockingIO},
    {"cpr::Put", BlockingGroup::BlockingIO},
    {"cpr::Delete", BlockingGroup::BlockingIO},
    {"cpr::Patch", BlockingGroup::BlockingIO},
    {"cpr::Head", BlockingGroup::BlockingIO},
    {"httplib::Client::Get", BlockingGroup::BlockingIO},
    {"httplib::Client::Post", BlockingGroup::BlockingIO},
    {"httplib::Client::Put", BlockingGroup::BlockingIO},
    {"httplib::Client::Delete", BlockingGroup::BlockingIO},
    {"httplib::Client::Patch", BlockingGroup::BlockingIO},
    {"httplib::Client::Head", BlockingGroup::BlockingIO},
    {"httplib::Client::Options", BlockingGroup::BlockingIO},
    // Boost.Beast's synchronous operations (the asynchronous ones are
    // named async_*).
    {"boost::beast::http::read", BlockingGroup::BlockingIO},
    {"boost::beast::http::read_header", BlockingGroup::BlockingIO},
    {"boost::beast::http::read_some", BlockingGroup::BlockingIO},
    {"boost::beast::http::write", BlockingGroup::BlockingIO},
    {"boost::beast::http::write_header", BlockingGroup::BlockingIO},
    {"boost::beast::http::write_some", BlockingGroup::BlockingIO},
    {"boost::beast::websocket::stream::read", BlockingGroup::BlockingIO},
    {"boost::beast::websocket::stream::read_some", BlockingGroup::BlockingIO},
    {"boost::beast::websocket::stream::write", BlockingGroup::BlockingIO},
    {"boost::beast::websocket::stream::write_some", BlockingGroup::BlockingIO},
    {"boost::beast::websocket::stream::handshake", BlockingGroup::BlockingIO},
    {"boost::beast::websocket::stream::accept", BlockingGroup::BlockingIO},
    {"boost::beast::websocket::stream::close", BlockingGroup::BlockingIO},
    {"boost::beast::websocket::stream::ping", BlockingGroup::BlockingIO},
    {"boost::beast::basic_stream::connect", BlockingGroup::BlockingIO},
    {"boost::beast::basic_stream::read_some", BlockingGroup::BlockingIO},
    {"boost::beast::basic_stream::write_some", BlockingGroup::BlockingIO},
    // Processes.
    {"::system", BlockingGroup::Process},
    {"std::system", BlockingGroup::Process},
    {"::popen", BlockingGroup::Process},
    {"::pclose", BlockingGroup::Process},
    {"::waitpid", BlockingGroup::Process},
    {"::wait", BlockingGroup::Process},
    {"boost::process::system", BlockingGroup::Process},
    {"boost::process::child::wait", BlockingGroup::Process},
};

/// Synchronous operations of Boost.Asio, part of the default
/// `BlockingFunctions` once under each of AsioNamespacePrefixes. Their
/// asynchronous forms are named `async_*`; these names block unless given a
/// completion token.
inline constexpr BlockingFunction AsioBlockingFunctions[] = {
    {"read", BlockingGroup::BlockingIO},
    {"write", BlockingGroup::BlockingIO},
    {"read_until", BlockingGroup::BlockingIO},
    {"read_at", BlockingGroup::BlockingIO},
    {"write_at", BlockingGroup::BlockingIO},
    {"connect", BlockingGroup::BlockingIO},
    {"basic_socket::connect", BlockingGroup::BlockingIO},
    {"basic_stream_socket::read_some", BlockingGroup::BlockingIO},
    {"basic_stream_socket::write_some", BlockingGroup::BlockingIO},
    {"basic_stream_socket::receive", BlockingGroup::BlockingIO},
    {"basic_stream_socket::send", BlockingGroup::BlockingIO},
    {"basic_datagram_socket::receive", BlockingGroup::BlockingIO},
    {"basic_datagram_socket::send", BlockingGroup::BlockingIO},
    {"basic_datagram_socket::receive_from", BlockingGroup::BlockingIO},
    {"basic_datagram_socket::send_to", BlockingGroup::BlockingIO},
    {"basic_raw_socket::receive", BlockingGroup::BlockingIO},
    {"basic_raw_socket::send", BlockingGroup::BlockingIO},
    {"basic_raw_socket::receive_from", BlockingGroup::BlockingIO},
    {"basic_raw_socket::send_to", BlockingGroup::BlockingIO},
    {"basic_seq_packet_socket::receive", BlockingGroup::BlockingIO},
    {"basic_seq_packet_socket::send", BlockingGroup::BlockingIO},
    {"basic_socket_acceptor::accept", BlockingGroup::BlockingIO},
    {"ip::basic_resolver::resolve", BlockingGroup::BlockingIO},
    {"basic_serial_port::read_some", BlockingGroup::BlockingIO},
    {"basic_serial_port::write_some", BlockingGroup::BlockingIO},
    {"posix::basic_stream_descriptor::read_some", BlockingGroup::BlockingIO},
    {"posix::basic_stream_descriptor::write_some", BlockingGroup::BlockingIO},
    {"basic_stream_file::read_some", BlockingGroup::BlockingIO},
    {"basic_stream_file::write_some", BlockingGroup::BlockingIO},
    {"basic_readable_pipe::read_some", BlockingGroup::BlockingIO},
    {"basic_writable_pipe::write_some", BlockingGroup::BlockingIO},
    {"ssl::stream::read_some", BlockingGroup::BlockingIO},
    {"ssl::stream::write_some", BlockingGroup::BlockingIO},
    {"ssl::stream::handshake", BlockingGroup::BlockingIO},
    {"basic_waitable_timer::wait", BlockingGroup::Sleeping},
    {"basic_deadline_timer::wait", BlockingGroup::Sleeping},
    {"io_context::run", BlockingGroup::SyncWait},
    {"io_context::run_one", BlockingGroup::SyncWait},
    {"io_context::run_for", BlockingGroup::SyncWait},
    {"io_context::run_until", BlockingGroup::SyncWait},
    {"thread_pool::join", BlockingGroup::Waiting},
    {"thread_pool::wait", BlockingGroup::Waiting},
};
inline constexpr Name AsioNamespacePrefixes[] = {"boost::asio::", "asio::"};

} // namespace clang::tidy::async::known

#endif
