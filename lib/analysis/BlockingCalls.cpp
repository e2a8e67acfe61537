#include "analysis/BlockingCalls.h"
#include "analysis/CallsInBody.h"
#include "analysis/CompletionTokens.h"
#include "analysis/Coroutines.h"
#include "analysis/DiscardedValues.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/StringMap.h"

namespace clang::tidy::async {

namespace {
struct DefaultEntry {
  llvm::StringLiteral Name;
  BlockingGroup Group;
};
} // namespace

using G = BlockingGroup;

static constexpr DefaultEntry Defaults[] = {
    // Sleeping.
    {"::sleep", G::Sleeping},
    {"::usleep", G::Sleeping},
    {"::nanosleep", G::Sleeping},
    {"::clock_nanosleep", G::Sleeping},
    {"std::this_thread::sleep_for", G::Sleeping},
    {"std::this_thread::sleep_until", G::Sleeping},
    {"boost::this_thread::sleep_for", G::Sleeping},
    {"boost::this_thread::sleep_until", G::Sleeping},
    // Waiting on threads, futures, condition variables.
    {"std::thread::join", G::Waiting},
    {"std::jthread::join", G::Waiting},
    {"std::future::get", G::Waiting},
    {"std::future::wait", G::Waiting},
    {"std::future::wait_for", G::Waiting},
    {"std::future::wait_until", G::Waiting},
    {"std::shared_future::get", G::Waiting},
    {"std::shared_future::wait", G::Waiting},
    {"std::shared_future::wait_for", G::Waiting},
    {"std::shared_future::wait_until", G::Waiting},
    {"std::condition_variable::wait", G::Waiting},
    {"std::condition_variable::wait_for", G::Waiting},
    {"std::condition_variable::wait_until", G::Waiting},
    {"std::condition_variable_any::wait", G::Waiting},
    {"std::condition_variable_any::wait_for", G::Waiting},
    {"std::condition_variable_any::wait_until", G::Waiting},
    {"std::counting_semaphore::acquire", G::Waiting},
    {"std::latch::wait", G::Waiting},
    {"std::latch::arrive_and_wait", G::Waiting},
    {"std::barrier::arrive_and_wait", G::Waiting},
    {"boost::future::get", G::Waiting},
    {"boost::future::wait", G::Waiting},
    {"folly::Future::get", G::Waiting},
    {"folly::Future::wait", G::Waiting},
    {"folly::SemiFuture::get", G::Waiting},
    {"folly::SemiFuture::wait", G::Waiting},
    {"concurrencpp::result::get", G::Waiting},
    {"concurrencpp::result::wait", G::Waiting},
    {"concurrencpp::result::wait_for", G::Waiting},
    {"concurrencpp::result::wait_until", G::Waiting},
    {"seastar::future::get", G::Waiting},
    {"coro::thread_pool::shutdown", G::Waiting},
    {"QProcess::waitForStarted", G::Waiting},
    {"QProcess::waitForFinished", G::Waiting},
    {"QProcess::waitForReadyRead", G::Waiting},
    {"QIODevice::waitForReadyRead", G::Waiting},
    {"QIODevice::waitForBytesWritten", G::Waiting},
    // Synchronous waits on asynchronous work.
    {"cppcoro::sync_wait", G::SyncWait},
    {"folly::coro::blockingWait", G::SyncWait},
    {"folly::coro::blocking_wait", G::SyncWait},
    {"stdexec::sync_wait", G::SyncWait},
    {"std::this_thread::sync_wait", G::SyncWait},
    {"unifex::sync_wait", G::SyncWait},
    {"coro::sync_wait", G::SyncWait},
    {"async_simple::coro::syncAwait", G::SyncWait},
    {"boost::cobalt::run", G::SyncWait},
    {"QCoro::waitFor", G::SyncWait},
    // Blocking I/O: C stdio, POSIX, streams, files, HTTP clients.
    {"::fopen", G::BlockingIO},
    {"::fread", G::BlockingIO},
    {"::fwrite", G::BlockingIO},
    {"::fgets", G::BlockingIO},
    {"::fscanf", G::BlockingIO},
    {"::getchar", G::BlockingIO},
    {"::scanf", G::BlockingIO},
    {"::open", G::BlockingIO},
    {"::read", G::BlockingIO},
    {"::write", G::BlockingIO},
    {"::pread", G::BlockingIO},
    {"::pwrite", G::BlockingIO},
    {"::fsync", G::BlockingIO},
    {"::connect", G::BlockingIO},
    {"::accept", G::BlockingIO},
    {"::recv", G::BlockingIO},
    {"::recvfrom", G::BlockingIO},
    {"::send", G::BlockingIO},
    {"::sendto", G::BlockingIO},
    {"::select", G::BlockingIO},
    {"::poll", G::BlockingIO},
    {"::epoll_wait", G::BlockingIO},
    {"::getaddrinfo", G::BlockingIO},
    {"::gethostbyname", G::BlockingIO},
    {"std::basic_ifstream::basic_ifstream", G::BlockingIO},
    {"std::basic_ifstream::open", G::BlockingIO},
    {"std::basic_ofstream::basic_ofstream", G::BlockingIO},
    {"std::basic_ofstream::open", G::BlockingIO},
    {"std::basic_fstream::basic_fstream", G::BlockingIO},
    {"std::basic_fstream::open", G::BlockingIO},
    {"std::filesystem::exists", G::BlockingIO},
    {"std::filesystem::status", G::BlockingIO},
    {"std::filesystem::symlink_status", G::BlockingIO},
    {"std::filesystem::is_directory", G::BlockingIO},
    {"std::filesystem::is_regular_file", G::BlockingIO},
    {"std::filesystem::is_symlink", G::BlockingIO},
    {"std::filesystem::is_empty", G::BlockingIO},
    {"std::filesystem::file_size", G::BlockingIO},
    {"std::filesystem::last_write_time", G::BlockingIO},
    {"std::filesystem::create_directory", G::BlockingIO},
    {"std::filesystem::create_directories", G::BlockingIO},
    {"std::filesystem::create_symlink", G::BlockingIO},
    {"std::filesystem::create_hard_link", G::BlockingIO},
    {"std::filesystem::remove", G::BlockingIO},
    {"std::filesystem::remove_all", G::BlockingIO},
    {"std::filesystem::rename", G::BlockingIO},
    {"std::filesystem::copy", G::BlockingIO},
    {"std::filesystem::copy_file", G::BlockingIO},
    {"std::filesystem::read_symlink", G::BlockingIO},
    {"std::filesystem::canonical", G::BlockingIO},
    {"std::filesystem::weakly_canonical", G::BlockingIO},
    {"std::filesystem::equivalent", G::BlockingIO},
    {"std::filesystem::hard_link_count", G::BlockingIO},
    {"std::filesystem::permissions", G::BlockingIO},
    {"std::filesystem::resize_file", G::BlockingIO},
    {"std::filesystem::space", G::BlockingIO},
    {"std::filesystem::directory_iterator::directory_iterator", G::BlockingIO},
    {"std::filesystem::recursive_directory_iterator::"
     "recursive_directory_iterator",
     G::BlockingIO},
    {"::curl_easy_perform", G::BlockingIO},
    {"cpr::Get", G::BlockingIO},
    {"cpr::Post", G::BlockingIO},
    {"cpr::Put", G::BlockingIO},
    {"cpr::Delete", G::BlockingIO},
    {"cpr::Patch", G::BlockingIO},
    {"cpr::Head", G::BlockingIO},
    {"httplib::Client::Get", G::BlockingIO},
    {"httplib::Client::Post", G::BlockingIO},
    {"httplib::Client::Put", G::BlockingIO},
    {"httplib::Client::Delete", G::BlockingIO},
    {"httplib::Client::Patch", G::BlockingIO},
    {"httplib::Client::Head", G::BlockingIO},
    {"httplib::Client::Options", G::BlockingIO},
    // Processes.
    {"::system", G::Process},
    {"std::system", G::Process},
    {"::popen", G::Process},
    {"::pclose", G::Process},
    {"::waitpid", G::Process},
    {"::wait", G::Process},
    {"boost::process::system", G::Process},
    {"boost::process::child::wait", G::Process},
};

// Synchronous operations of Boost.Asio, listed once for `boost::asio::` and
// once for standalone `asio::`. Their asynchronous forms are named
// `async_*`; these names block unless given a completion token.
static constexpr DefaultEntry AsioDefaults[] = {
    {"read", G::BlockingIO},
    {"write", G::BlockingIO},
    {"read_until", G::BlockingIO},
    {"read_at", G::BlockingIO},
    {"write_at", G::BlockingIO},
    {"connect", G::BlockingIO},
    {"basic_socket::connect", G::BlockingIO},
    {"basic_stream_socket::read_some", G::BlockingIO},
    {"basic_stream_socket::write_some", G::BlockingIO},
    {"basic_stream_socket::receive", G::BlockingIO},
    {"basic_stream_socket::send", G::BlockingIO},
    {"basic_datagram_socket::receive", G::BlockingIO},
    {"basic_datagram_socket::send", G::BlockingIO},
    {"basic_datagram_socket::receive_from", G::BlockingIO},
    {"basic_datagram_socket::send_to", G::BlockingIO},
    {"basic_raw_socket::receive", G::BlockingIO},
    {"basic_raw_socket::send", G::BlockingIO},
    {"basic_raw_socket::receive_from", G::BlockingIO},
    {"basic_raw_socket::send_to", G::BlockingIO},
    {"basic_seq_packet_socket::receive", G::BlockingIO},
    {"basic_seq_packet_socket::send", G::BlockingIO},
    {"basic_socket_acceptor::accept", G::BlockingIO},
    {"ip::basic_resolver::resolve", G::BlockingIO},
    {"basic_serial_port::read_some", G::BlockingIO},
    {"basic_serial_port::write_some", G::BlockingIO},
    {"posix::basic_stream_descriptor::read_some", G::BlockingIO},
    {"posix::basic_stream_descriptor::write_some", G::BlockingIO},
    {"basic_stream_file::read_some", G::BlockingIO},
    {"basic_stream_file::write_some", G::BlockingIO},
    {"basic_readable_pipe::read_some", G::BlockingIO},
    {"basic_writable_pipe::write_some", G::BlockingIO},
    {"ssl::stream::read_some", G::BlockingIO},
    {"ssl::stream::write_some", G::BlockingIO},
    {"ssl::stream::handshake", G::BlockingIO},
    {"basic_waitable_timer::wait", G::Sleeping},
    {"basic_deadline_timer::wait", G::Sleeping},
    {"io_context::run", G::SyncWait},
    {"io_context::run_one", G::SyncWait},
    {"io_context::run_for", G::SyncWait},
    {"io_context::run_until", G::SyncWait},
    {"thread_pool::join", G::Waiting},
    {"thread_pool::wait", G::Waiting},
};

static constexpr llvm::StringLiteral AsioPrefixes[] = {"boost::asio::",
                                                       "asio::"};

namespace {
struct DefaultTable {
  std::string Joined;
  llvm::StringMap<BlockingGroup> Groups;

  void add(const std::string &Name, BlockingGroup Group) {
    if (!Joined.empty())
      Joined += ";";
    Joined += Name;
    llvm::StringRef Key = Name;
    Key.consume_front("::");
    Groups[Key] = Group;
  }

  DefaultTable() {
    for (const DefaultEntry &Entry : Defaults)
      add(Entry.Name.str(), Entry.Group);
    for (llvm::StringRef Prefix : AsioPrefixes)
      for (const DefaultEntry &Entry : AsioDefaults)
        add((Prefix + Entry.Name).str(), Entry.Group);
  }
};
} // namespace

static const DefaultTable &defaultTable() {
  static const DefaultTable Table;
  return Table;
}

const std::string &defaultBlockingFunctions() { return defaultTable().Joined; }

BlockingGroup blockingGroupOf(llvm::StringRef ListedName) {
  const auto &Groups = defaultTable().Groups;
  auto It = Groups.find(ListedName);
  return It == Groups.end() ? BlockingGroup::UserListed : It->second;
}

/// Constructors that open nothing: default, copy and move.
static bool isInertConstructor(const FunctionDecl *Callee) {
  const auto *Constructor = dyn_cast<CXXConstructorDecl>(Callee);
  return Constructor && (Constructor->isDefaultConstructor() ||
                         Constructor->isCopyOrMoveConstructor());
}

/// `std::filesystem::is_directory(status)` and friends test a `file_status`
/// already read; only their `path` overloads touch the disk.
static bool takesFileStatus(const FunctionDecl *Callee) {
  for (const ParmVarDecl *Param : Callee->parameters())
    if (const CXXRecordDecl *RD =
            Param->getType().getNonReferenceType()->getAsCXXRecordDecl())
      if (listedNameOf(RD) == "std::filesystem::file_status")
        return true;
  return false;
}

static bool isStdAsync(const FunctionDecl *Callee) {
  const IdentifierInfo *Name = Callee->getIdentifier();
  return Name && Name->getName() == "async" && Callee->isInStdNamespace();
}

/// `std::async(std::launch::deferred, ...)`: its future's destructor does
/// not wait (the work never runs).
static bool isDeferredLaunch(const CallExpr *Call) {
  if (Call->getNumArgs() == 0)
    return false;
  const auto *Ref =
      dyn_cast<DeclRefExpr>(Call->getArg(0)->IgnoreParenImpCasts());
  const auto *Enumerator =
      Ref ? dyn_cast<EnumConstantDecl>(Ref->getDecl()) : nullptr;
  return Enumerator && Enumerator->getName() == "deferred";
}

bool BlockingCallClassifier::isDiscardedAsync(const Expr *Call,
                                              ASTContext &Ctx) {
  const auto *CE = dyn_cast<CallExpr>(Call);
  const FunctionDecl *Callee = CE ? CE->getDirectCallee() : nullptr;
  if (!Callee || !isStdAsync(Callee) || isDeferredLaunch(CE))
    return false;
  return howValueIsUsed(CE, Ctx).Use != ValueUse::Used;
}

std::optional<BlockingCall>
BlockingCallClassifier::blockingCallOf(const Expr *Call, ASTContext &Ctx) {
  const FunctionDecl *Callee = calleeOf(Call);
  if (!Callee || Allowed.match(Call))
    return std::nullopt;
  if (isDiscardedAsync(Call, Ctx))
    return BlockingCall{Call, "std::async", BlockingGroup::DiscardedAsync};
  const std::string *Name = Blocking.match(Call);
  if (!Name || isInertConstructor(Callee) || takesFileStatus(Callee) ||
      completionTokenOf(Call))
    return std::nullopt;
  return BlockingCall{Call, *Name, blockingGroupOf(*Name)};
}

const FunctionDecl *
BlockingCallClassifier::helperCalledBy(const Expr *Call,
                                       const SourceManager &SM) {
  const FunctionDecl *Callee = calleeOf(Call);
  const FunctionDecl *Definition = nullptr;
  if (!Callee || !Callee->hasBody(Definition) || !Definition)
    return nullptr;
  if (isCoroutine(Definition) || Definition->isDefaulted() ||
      SM.isInSystemHeader(Definition->getLocation()))
    return nullptr;
  if (Allowed.match(Call) || Blocking.match(Call))
    return nullptr;
  return Definition;
}

const BlockingSummaries::Summary &
BlockingSummaries::summaryOf(const FunctionDecl *Function, ASTContext &Ctx) {
  std::unique_ptr<Summary> &Slot = Summaries[Function];
  if (Slot)
    return *Slot;
  Slot = std::make_unique<Summary>();
  Summary &Result = *Slot;
  llvm::SmallPtrSet<const FunctionDecl *, 8> Seen;
  auto Visit = [&](const Expr *Call, bool) {
    if (Result.Direct)
      return;
    if (std::optional<BlockingCall> Blocking =
            Classifier->blockingCallOf(Call, Ctx)) {
      Result.Direct = std::move(Blocking);
      return;
    }
    if (const FunctionDecl *Next =
            Classifier->helperCalledBy(Call, Ctx.getSourceManager()))
      if (Seen.insert(Next).second)
        Result.Callees.emplace_back(Call, Next);
  };
  // A constructor's member initialisers run before its body.
  if (const auto *Constructor = dyn_cast<CXXConstructorDecl>(Function))
    for (const CXXCtorInitializer *Init : Constructor->inits())
      if (Init->isWritten())
        forEachCallIn(Init->getInit(), Visit);
  forEachCallIn(Function->getBody(), Visit);
  return Result;
}

std::unique_ptr<BlockingChain>
BlockingSummaries::searchChain(const FunctionDecl *Helper, ASTContext &Ctx) {
  // Breadth first, so the chain reported is a shortest one; a function is
  // entered once, so recursion between helpers cannot loop.
  struct Node {
    const FunctionDecl *Function;
    const Expr *CallFromParent;
    size_t Parent;
    unsigned Depth;
  };
  constexpr size_t Root = ~size_t(0);
  llvm::SmallVector<Node, 16> Nodes = {{Helper, nullptr, Root, 1}};
  llvm::SmallPtrSet<const FunctionDecl *, 16> Entered = {Helper};
  for (size_t I = 0; I < Nodes.size(); ++I) {
    Node Current = Nodes[I];
    const Summary &S = summaryOf(Current.Function, Ctx);
    if (S.Direct) {
      auto Chain = std::make_unique<BlockingChain>();
      Chain->Leaf = *S.Direct;
      Chain->Links.push_back({Current.Function, S.Direct->Call});
      for (size_t J = I; Nodes[J].Parent != Root; J = Nodes[J].Parent)
        Chain->Links.insert(Chain->Links.begin(),
                            {Nodes[Nodes[J].Parent].Function,
                             Nodes[J].CallFromParent});
      return Chain;
    }
    if (Current.Depth >= MaxCallDepth)
      continue;
    for (const auto &[Call, Callee] : S.Callees)
      if (Entered.insert(Callee).second)
        Nodes.push_back({Callee, Call, I, Current.Depth + 1});
  }
  return nullptr;
}

const BlockingChain *BlockingSummaries::chainFrom(const FunctionDecl *Helper,
                                                  ASTContext &Ctx) {
  if (MaxCallDepth == 0 || !Helper)
    return nullptr;
  auto [It, Inserted] = Chains.try_emplace(Helper, nullptr);
  if (Inserted)
    It->second = searchChain(Helper, Ctx);
  return It->second.get();
}

} // namespace clang::tidy::async
