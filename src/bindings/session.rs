//! How a binding holds a run in progress and a REPL session behind a handle.
//!
//! Host handles are used through shared references and may be resumed in any order, so a
//! paused run is a `Stepping` that each resume replaces, and a REPL session lives in a shared
//! cell (`ReplCell`): a feed takes the session out and hands it back when the feed ends, however
//! many resumes later, also when the feed was loaded from a snapshot. While a feed is paused the
//! cell is empty and other feeds are refused.

use std::cell::RefCell;
use std::rc::Rc;

use crate::api::{
    ExternalResult, MontyError, MontyObject, PrintWriter, Progress, Repl, ReplError, ReplSession, ResourceUsage,
    Script, Session,
};
use crate::limits::Limits;
use crate::snapshot::{Kind, peek_kind};

pub(crate) type ReplCell = Rc<RefCell<Option<Repl>>>;

/// A run (or REPL feed) paused at a request to the host, or finished.
pub(crate) enum Stepping {
    Script(Progress<Script>),
    /// A paused REPL feed; the session goes back to the cell when it ends.
    Feed(Progress<ReplSession>, ReplCell),
    /// A finished REPL feed (its session is back in the cell).
    FeedDone {
        output: MontyObject,
        usage: ResourceUsage,
        repl: ReplCell,
    },
}

/// The host's answer, before it is applied to a script or a feed.
pub(crate) enum Answer {
    /// For a function call or an OS call.
    Call(ExternalResult),
    /// For a name lookup: its value, or None for a NameError.
    Name(Option<MontyObject>),
    Futures(Vec<(u32, ExternalResult)>),
}

/// What a paused run is waiting for, borrowed from it.
pub(crate) enum Request<'a> {
    Call {
        name: &'a str,
        args: &'a [MontyObject],
        kwargs: &'a [(String, MontyObject)],
        call_id: u32,
        caller_is_async: bool,
    },
    Name {
        name: &'a str,
        // The JS binding answers called names itself (`CalledNames::AsCalls`).
        #[cfg_attr(target_os = "unknown", allow(dead_code))]
        is_called: bool,
    },
    Os {
        function: &'a str,
        args: &'a [MontyObject],
        kwargs: &'a [(String, MontyObject)],
        call_id: u32,
    },
    Futures(&'a [u32]),
    /// Nothing: the run is complete.
    None,
}

/// Whether a binding answers lookups of unknown *called* names (`fetch(url)`) itself with an
/// external function of that name, so its host sees the call (as @pydantic/monty reports
/// it), or passes them to its host as name lookups.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum CalledNames {
    #[cfg_attr(target_os = "wasi", allow(dead_code))] // the component passes lookups on
    AsCalls,
    AsLookups,
}

fn finished() -> MontyError {
    MontyError::Usage("the run has finished; there is nothing to resume".into())
}

impl Stepping {
    /// A feed's progress: a finished feed hands its session back to `repl` right away.
    pub fn feed(progress: Progress<ReplSession>, repl: ReplCell) -> Stepping {
        match progress {
            Progress::Complete(done) => {
                *repl.borrow_mut() = Some(done.repl);
                Stepping::FeedDone { output: done.output, usage: done.usage, repl }
            }
            paused => Stepping::Feed(paused, repl),
        }
    }

    /// A failed feed: the session (as of the failure) goes back to `repl`.
    pub fn feed_failed(error: ReplError, repl: &ReplCell) -> MontyError {
        if let Some(session) = error.repl {
            *repl.borrow_mut() = Some(session);
        }
        error.error
    }

    /// Answer the pending request; this stepping is spent, the next one is returned.
    pub fn resume(&mut self, answer: Answer, print: PrintWriter, names: CalledNames) -> Result<Stepping, MontyError> {
        match self {
            Stepping::Script(p) => answer_progress(p, answer, print, names).map(Stepping::Script),
            Stepping::Feed(p, repl) => {
                let repl = repl.clone();
                match answer_progress(p, answer, print, names) {
                    Ok(next) => Ok(Stepping::feed(next, repl)),
                    Err(e) => Err(Stepping::feed_failed(e, &repl)),
                }
            }
            Stepping::FeedDone { .. } => Err(finished()),
        }
    }

    pub fn request(&self) -> Request<'_> {
        match self {
            Stepping::Script(p) => request_of(p),
            Stepping::Feed(p, _) => request_of(p),
            Stepping::FeedDone { .. } => Request::None,
        }
    }

    /// Whether this paused state has been resumed already.
    #[cfg_attr(target_os = "unknown", allow(dead_code))] // JS frees spent handles instead
    pub fn is_spent(&self) -> bool {
        match self {
            Stepping::Script(p) => p.is_spent(),
            Stepping::Feed(p, _) => p.is_spent(),
            Stepping::FeedDone { .. } => false,
        }
    }

    /// The REPL session this feed belongs to (None for a script).
    pub fn repl(&self) -> Option<&ReplCell> {
        match self {
            Stepping::Script(_) => None,
            Stepping::Feed(_, repl) | Stepping::FeedDone { repl, .. } => Some(repl),
        }
    }

    /// The finished run's value and usage.
    pub fn completion(&self) -> Option<(&MontyObject, &ResourceUsage)> {
        match self {
            Stepping::Script(Progress::Complete(c)) => Some((&c.output, &c.usage)),
            Stepping::FeedDone { output, usage, .. } => Some((output, usage)),
            _ => None,
        }
    }

    /// Limits for the rest of the run (a loaded snapshot keeps the ones it was dumped with).
    pub fn set_limits(&mut self, limits: Limits) {
        match self {
            Stepping::Script(p) => p.set_limits(limits),
            Stepping::Feed(p, _) => p.set_limits(limits),
            Stepping::FeedDone { .. } => {}
        }
    }

    pub fn dump(&self) -> Result<Vec<u8>, MontyError> {
        match self {
            Stepping::Script(p) => p.dump(),
            Stepping::Feed(p, _) => p.dump(),
            Stepping::FeedDone { .. } => Err(MontyError::Usage("a completed run has no paused state to dump".into())),
        }
    }

    /// Restore a paused run or a paused REPL feed from `dump()` bytes (a feed gets a new,
    /// busy session cell that its end fills).
    pub fn load(bytes: &[u8]) -> Result<Stepping, MontyError> {
        if peek_kind(bytes) == Some(Kind::PausedRepl) {
            let progress = Progress::<ReplSession>::load(bytes)?;
            return Ok(Stepping::feed(progress, ReplCell::default()));
        }
        Progress::<Script>::load(bytes).map(Stepping::Script)
    }
}

fn request_of<S: Session>(p: &Progress<S>) -> Request<'_> {
    match p {
        Progress::FunctionCall(c) => Request::Call {
            name: &c.function_name,
            args: &c.args,
            kwargs: &c.kwargs,
            call_id: c.call_id,
            caller_is_async: c.caller_is_async,
        },
        Progress::NameLookup(n) => Request::Name { name: &n.name, is_called: n.is_called },
        Progress::OsCall(c) => {
            Request::Os { function: &c.function, args: &c.args, kwargs: &c.kwargs, call_id: c.call_id }
        }
        Progress::ResolveFutures(f) => Request::Futures(&f.pending_call_ids),
        Progress::Complete(_) => Request::None,
    }
}

/// Answer lookups of unknown called names with an external function of that name (see
/// `CalledNames`); other steps pass through.
pub(crate) fn call_unknown_names<S: Session>(
    mut step: Result<Progress<S>, S::Failed>,
    mut print: PrintWriter,
    names: CalledNames,
) -> Result<Progress<S>, S::Failed> {
    if names == CalledNames::AsLookups {
        return step;
    }
    loop {
        match step {
            Ok(Progress::NameLookup(mut lookup)) if lookup.is_called => {
                let name = lookup.name.clone();
                step = lookup.resume(Some(MontyObject::Function { name }), print.reborrow());
            }
            other => return other,
        }
    }
}

/// Apply the host's answer to whichever request `p` is paused at.
fn answer_progress<S: Session>(
    p: &mut Progress<S>,
    answer: Answer,
    mut print: PrintWriter,
    names: CalledNames,
) -> Result<Progress<S>, S::Failed> {
    let wrong = |what: &str| S::misuse(MontyError::Usage(format!("the run is not paused at {what}")));
    let step = match (p, answer) {
        (Progress::FunctionCall(c), Answer::Call(r)) => c.resume(r, print.reborrow()),
        (Progress::OsCall(c), Answer::Call(r)) => c.resume(r, print.reborrow()),
        (Progress::NameLookup(n), Answer::Name(v)) => n.resume(v, print.reborrow()),
        (Progress::ResolveFutures(f), Answer::Futures(results)) => f.resume(results, print.reborrow()),
        (Progress::Complete(_), _) => Err(S::misuse(finished())),
        (_, Answer::Call(_)) => Err(wrong("a function call")),
        (_, Answer::Name(_)) => Err(wrong("a name lookup")),
        (_, Answer::Futures(_)) => Err(wrong("pending futures")),
    };
    call_unknown_names(step, print, names)
}

/// A REPL session behind a handle (see the module comment).
#[derive(Clone)]
pub(crate) struct ReplHandle {
    pub cell: ReplCell,
}

impl ReplHandle {
    pub fn new(repl: Repl) -> ReplHandle {
        ReplHandle { cell: Rc::new(RefCell::new(Some(repl))) }
    }

    /// Take the session out for a feed (nobody else can use it meanwhile).
    fn take(&self) -> Result<Repl, MontyError> {
        self.cell.borrow_mut().take().ok_or_else(|| {
            MontyError::Usage("the REPL session is busy: a paused feed has not finished (resume it first)".into())
        })
    }

    fn put_back(&self, repl: Repl) {
        *self.cell.borrow_mut() = Some(repl);
    }

    /// Run `code` in the session without a host: the value of its trailing expression and
    /// what the feed used.
    pub fn feed(&self, code: &str, mut print: PrintWriter) -> Result<(MontyObject, ResourceUsage), MontyError> {
        let repl = self.take()?;
        let outcome = match repl.feed_start(code, print.reborrow()) {
            Ok(progress) => progress.finish_without_host(print),
            Err(failed) => Err(failed),
        };
        match outcome {
            Ok(done) => {
                self.put_back(done.repl);
                Ok((done.output, done.usage))
            }
            Err(failed) => Err(Stepping::feed_failed(failed, &self.cell)),
        }
    }

    /// Start a feed that may call the host.
    pub fn feed_start(&self, code: &str, mut print: PrintWriter, names: CalledNames) -> Result<Stepping, MontyError> {
        let repl = self.take()?;
        let started = repl.feed_start(code, print.reborrow());
        match call_unknown_names(started, print, names) {
            Ok(progress) => Ok(Stepping::feed(progress, self.cell.clone())),
            Err(error) => Err(Stepping::feed_failed(error, &self.cell)),
        }
    }

    /// Use the idle session (`what` names the operation for the busy error).
    pub fn with_idle<R>(&self, what: &str, f: impl FnOnce(&mut Repl) -> R) -> Result<R, MontyError> {
        let mut cell = self.cell.borrow_mut();
        let repl = cell
            .as_mut()
            .ok_or_else(|| MontyError::Usage(format!("the REPL session is busy in a paused feed ({what})")))?;
        Ok(f(repl))
    }

    /// Whether the session is free (not inside a paused feed).
    pub fn idle(&self) -> bool {
        self.cell.borrow().is_some()
    }
}
