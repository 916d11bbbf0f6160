//! The `program` resource: a compiled program.

use super::wit::interpreter::{Completion, GuestProgram, Options, Program, Step};
use super::wit::types::{self, Error, Value};
use super::{NAMES, collecting, completion, error_of, limits_from, step_of, values_from};
use crate::api::{Monty, MontyOptions};
use crate::bindings::session::{Stepping, call_unknown_names};

pub struct ProgramResource {
    monty: Monty,
}

impl ProgramResource {
    pub fn compile(code: &str, options: &Options) -> Result<ProgramResource, Error> {
        let script_name = if options.script_name.is_empty() { "main.py" } else { &options.script_name };
        let inputs: Vec<&str> = options.input_names.iter().map(String::as_str).collect();
        let opts = MontyOptions { external_functions: options.external_functions.clone() };
        let monty = Monty::new(code, script_name, &inputs, opts).map_err(|e| error_of(&e, String::new()))?;
        Ok(ProgramResource { monty })
    }

    pub fn run(&self, inputs: Vec<Value>, limits: types::Limits) -> Result<Completion, Error> {
        let (inputs, limits) = (values_from(&inputs)?, limits_from(&limits)?);
        match collecting(|print| self.monty.run(inputs, limits, print)) {
            (Ok(done), printed) => Ok(completion(&done.output, &done.usage, printed)),
            (Err(e), printed) => Err(error_of(&e, printed)),
        }
    }

    pub fn start(&self, inputs: Vec<Value>, limits: types::Limits) -> Result<Step, Error> {
        let (inputs, limits) = (values_from(&inputs)?, limits_from(&limits)?);
        let started = collecting(|mut print| {
            let progress = self.monty.start(inputs, limits, print.reborrow());
            call_unknown_names(progress, print, NAMES)
        });
        match started {
            (Ok(progress), printed) => Ok(step_of(Stepping::Script(progress), printed)),
            (Err(e), printed) => Err(error_of(&e, printed)),
        }
    }
}

impl GuestProgram for ProgramResource {
    fn compile(code: String, options: Options) -> Result<Program, Error> {
        ProgramResource::compile(&code, &options).map(Program::new)
    }

    fn run(&self, inputs: Vec<Value>, limits: types::Limits) -> Result<Completion, Error> {
        ProgramResource::run(self, inputs, limits)
    }

    fn start(&self, inputs: Vec<Value>, limits: types::Limits) -> Result<Step, Error> {
        ProgramResource::start(self, inputs, limits)
    }

    fn script_name(&self) -> String {
        self.monty.program().sources.first().map(|s| s.filename.clone()).unwrap_or_default()
    }

    fn input_names(&self) -> Vec<String> {
        self.monty.input_names().to_vec()
    }

    fn external_functions(&self) -> Vec<String> {
        self.monty.external_functions().to_vec()
    }

    fn dump(&self) -> Vec<u8> {
        self.monty.dump()
    }

    fn load(bytes: Vec<u8>) -> Result<Program, Error> {
        let monty = Monty::load(&bytes).map_err(|e| error_of(&e, String::new()))?;
        Ok(Program::new(ProgramResource { monty }))
    }
}
