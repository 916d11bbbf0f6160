//! The `repl` resource: an interactive session, held as a `ReplHandle` so that a feed started
//! with `feed-start` hands the session back when it ends.

use super::wit::interpreter::{Completion, GuestRepl, Repl, Step};
use super::wit::types::{self, Error};
use super::{NAMES, collecting, completion, error_of, limits_from, step_of};
use crate::api::{MontyError, MontyOptions, Repl as CoreRepl};
use crate::bindings::session::ReplHandle;

pub struct ReplResource {
    handle: ReplHandle,
}

impl ReplResource {
    pub fn sharing(handle: ReplHandle) -> ReplResource {
        ReplResource { handle }
    }

    fn with_idle<R>(&self, what: &str, f: impl FnOnce(&mut CoreRepl) -> R) -> Result<R, Error> {
        self.handle.with_idle(what, f).map_err(|e| error_of(&e, String::new()))
    }
}

fn flatten<T>(r: Result<Result<T, MontyError>, Error>) -> Result<T, Error> {
    r?.map_err(|e| error_of(&e, String::new()))
}

impl GuestRepl for ReplResource {
    fn create(script_name: String, external_functions: Vec<String>, limits: types::Limits) -> Result<Repl, Error> {
        let limits = limits_from(&limits)?;
        let script_name = if script_name.is_empty() { "main.py" } else { &script_name };
        let repl = CoreRepl::new(script_name, MontyOptions { external_functions }, limits);
        Ok(Repl::new(ReplResource { handle: ReplHandle::new(repl) }))
    }

    fn feed(&self, code: String) -> Result<Completion, Error> {
        match collecting(|print| self.handle.feed(&code, print)) {
            (Ok((output, usage)), printed) => Ok(completion(&output, &usage, printed)),
            (Err(e), printed) => Err(error_of(&e, printed)),
        }
    }

    fn feed_start(&self, code: String) -> Result<Step, Error> {
        match collecting(|print| self.handle.feed_start(&code, print, NAMES)) {
            (Ok(state), printed) => Ok(step_of(state, printed)),
            (Err(e), printed) => Err(error_of(&e, printed)),
        }
    }

    fn set_echo_repr(&self, on: bool) -> Result<(), Error> {
        self.with_idle("set-echo-repr", |repl| repl.set_echo_repr(on))
    }

    fn set_limits(&self, limits: types::Limits) -> Result<(), Error> {
        let limits = limits_from(&limits)?;
        self.with_idle("set-limits", |repl| repl.set_limits(limits))
    }

    fn idle(&self) -> bool {
        self.handle.idle()
    }

    fn dump(&self) -> Result<Vec<u8>, Error> {
        flatten(self.with_idle("dump the feed's progress instead", |repl| repl.dump()))
    }

    fn load(bytes: Vec<u8>) -> Result<Repl, Error> {
        let repl = CoreRepl::load(&bytes).map_err(|e| error_of(&e, String::new()))?;
        Ok(Repl::new(ReplResource { handle: ReplHandle::new(repl) }))
    }
}
