/* Stub of libcurl's API for async-tidy tests; mirrors include/curl/curl.h
 * and include/curl/easy.h, multi.h (curl/curl 8.x). Only the surface the
 * tests need is declared; the enumerator values match libcurl's.
 *
 * curl_easy_perform() runs the whole transfer SYNCHRONOUSLY and blocks the
 * calling thread; curl_multi_poll()/curl_multi_wait() block as well. */
#ifndef ASYNC_TIDY_STUB_CURL_CURL_H
#define ASYNC_TIDY_STUB_CURL_CURL_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef void CURL;
typedef void CURLM;
typedef void CURLSH;

typedef int curl_socket_t;

typedef enum {
  CURLE_OK = 0,
  CURLE_UNSUPPORTED_PROTOCOL = 1,
  CURLE_FAILED_INIT = 2,
  CURLE_URL_MALFORMAT = 3,
  CURLE_COULDNT_RESOLVE_HOST = 6,
  CURLE_COULDNT_CONNECT = 7,
  CURLE_OPERATION_TIMEDOUT = 28
} CURLcode;

typedef enum {
  CURLM_CALL_MULTI_PERFORM = -1,
  CURLM_OK = 0,
  CURLM_BAD_HANDLE = 1,
  CURLM_BAD_EASY_HANDLE = 2,
  CURLM_OUT_OF_MEMORY = 3
} CURLMcode;

typedef enum {
  CURLOPT_WRITEDATA = 10001,
  CURLOPT_URL = 10002,
  CURLOPT_POSTFIELDS = 10015,
  CURLOPT_HTTPHEADER = 10023,
  CURLOPT_WRITEFUNCTION = 20011,
  CURLOPT_TIMEOUT = 13,
  CURLOPT_POST = 47,
  CURLOPT_FOLLOWLOCATION = 52,
  CURLOPT_NOSIGNAL = 99,
  CURLOPT_TIMEOUT_MS = 155
} CURLoption;

typedef enum {
  CURLINFO_RESPONSE_CODE = 0x200000 + 2
} CURLINFO;

#define CURL_GLOBAL_SSL (1 << 0)
#define CURL_GLOBAL_WIN32 (1 << 1)
#define CURL_GLOBAL_ALL (CURL_GLOBAL_SSL | CURL_GLOBAL_WIN32)
#define CURL_GLOBAL_DEFAULT CURL_GLOBAL_ALL

struct curl_slist {
  char *data;
  struct curl_slist *next;
};

struct curl_waitfd {
  curl_socket_t fd;
  short events;
  short revents;
};

CURLcode curl_global_init(long flags);
void curl_global_cleanup(void);

CURL *curl_easy_init(void);
CURLcode curl_easy_setopt(CURL *curl, CURLoption option, ...);
CURLcode curl_easy_perform(CURL *curl);
void curl_easy_cleanup(CURL *curl);
CURLcode curl_easy_getinfo(CURL *curl, CURLINFO info, ...);
void curl_easy_reset(CURL *curl);
const char *curl_easy_strerror(CURLcode code);

struct curl_slist *curl_slist_append(struct curl_slist *list,
                                     const char *data);
void curl_slist_free_all(struct curl_slist *list);

CURLM *curl_multi_init(void);
CURLMcode curl_multi_add_handle(CURLM *multi_handle, CURL *curl_handle);
CURLMcode curl_multi_remove_handle(CURLM *multi_handle, CURL *curl_handle);
CURLMcode curl_multi_perform(CURLM *multi_handle, int *running_handles);
CURLMcode curl_multi_wait(CURLM *multi_handle, struct curl_waitfd extra_fds[],
                          unsigned int extra_nfds, int timeout_ms,
                          int *ret);
CURLMcode curl_multi_poll(CURLM *multi_handle, struct curl_waitfd extra_fds[],
                          unsigned int extra_nfds, int timeout_ms,
                          int *ret);
CURLMcode curl_multi_cleanup(CURLM *multi_handle);

#ifdef __cplusplus
}
#endif

#endif /* ASYNC_TIDY_STUB_CURL_CURL_H */
