// Stub of Abseil's API for async-tidy tests; mirrors
// absl/base/thread_annotations.h (abseil/abseil-cpp). Only the surface the
// tests need is declared; the macros map to Clang's thread-safety
// attributes like the real header.
#ifndef ASYNC_TIDY_STUB_ABSL_BASE_THREAD_ANNOTATIONS_H
#define ASYNC_TIDY_STUB_ABSL_BASE_THREAD_ANNOTATIONS_H

#if defined(__clang__)
#define ABSL_INTERNAL_THREAD_ANNOTATION(x) __attribute__((x))
#else
#define ABSL_INTERNAL_THREAD_ANNOTATION(x)
#endif

#define ABSL_GUARDED_BY(x) ABSL_INTERNAL_THREAD_ANNOTATION(guarded_by(x))
#define ABSL_PT_GUARDED_BY(x) ABSL_INTERNAL_THREAD_ANNOTATION(pt_guarded_by(x))
#define ABSL_LOCKABLE ABSL_INTERNAL_THREAD_ANNOTATION(lockable)
#define ABSL_SCOPED_LOCKABLE ABSL_INTERNAL_THREAD_ANNOTATION(scoped_lockable)
#define ABSL_EXCLUSIVE_LOCKS_REQUIRED(...)                                     \
  ABSL_INTERNAL_THREAD_ANNOTATION(exclusive_locks_required(__VA_ARGS__))
#define ABSL_SHARED_LOCKS_REQUIRED(...)                                        \
  ABSL_INTERNAL_THREAD_ANNOTATION(shared_locks_required(__VA_ARGS__))
#define ABSL_LOCKS_EXCLUDED(...)                                               \
  ABSL_INTERNAL_THREAD_ANNOTATION(locks_excluded(__VA_ARGS__))
#define ABSL_EXCLUSIVE_LOCK_FUNCTION(...)                                      \
  ABSL_INTERNAL_THREAD_ANNOTATION(exclusive_lock_function(__VA_ARGS__))
#define ABSL_SHARED_LOCK_FUNCTION(...)                                         \
  ABSL_INTERNAL_THREAD_ANNOTATION(shared_lock_function(__VA_ARGS__))
#define ABSL_UNLOCK_FUNCTION(...)                                              \
  ABSL_INTERNAL_THREAD_ANNOTATION(unlock_function(__VA_ARGS__))
#define ABSL_EXCLUSIVE_TRYLOCK_FUNCTION(...)                                   \
  ABSL_INTERNAL_THREAD_ANNOTATION(exclusive_trylock_function(__VA_ARGS__))
#define ABSL_SHARED_TRYLOCK_FUNCTION(...)                                      \
  ABSL_INTERNAL_THREAD_ANNOTATION(shared_trylock_function(__VA_ARGS__))
#define ABSL_ASSERT_EXCLUSIVE_LOCK(...)                                        \
  ABSL_INTERNAL_THREAD_ANNOTATION(assert_exclusive_lock(__VA_ARGS__))
#define ABSL_NO_THREAD_SAFETY_ANALYSIS                                         \
  ABSL_INTERNAL_THREAD_ANNOTATION(no_thread_safety_analysis)

#endif
