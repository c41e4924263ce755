//! Flux's uses of CEL, with the semantics and messages of fluxcd/pkg `runtime/cel` and the controllers:
//!
//! - [`HealthChecks`]: a Kustomization's (or HelmRelease's) `spec.healthCheckExprs`, deciding the kstatus
//!   of custom resources;
//! - [`ReadyExpr`]: a `spec.dependsOn[].readyExpr`, deciding whether a dependency is ready.
//!
//! Pure functions over JSON objects; the controllers fetch the objects and turn the results into
//! conditions and events.

mod health;
mod ready;

#[cfg(test)]
mod tests;

pub use health::{Health, HealthCheck, HealthChecks, HealthStatus};
pub use ready::{ready_expr, ReadyExpr, ReadyExprError};

use crate::{Env, Library, Program, Type, Vars};

/// An expression in Flux's environment (fluxcd/pkg `cel.NewExpression`).
#[derive(Debug, Clone)]
struct Expression {
    program: Program,
}

impl Expression {
    /// Parsed only, as health check expressions are: any name is a variable, resolved against the
    /// object's top-level fields at evaluation (not every CRD has exactly apiVersion, kind, metadata,
    /// spec and status, so upstream cannot declare them).
    fn parse(expr: &str) -> Result<Expression, String> {
        let env = Env::new(Library::Flux).any_variable();
        Self::compile_in(expr, &env)
    }

    /// Compiled and type-checked with JSON-object variables (`cel.WithCompile()`,
    /// `cel.WithStructVariables(...)`), with a required output type (`cel.WithOutputType(...)`).
    fn compile(expr: &str, variables: &[&str], output: &Type) -> Result<Expression, String> {
        let env = variables.iter().fold(Env::new(Library::Flux).checked(), |env, v| env.variable(v, Type::object()));
        let e = Self::compile_in(expr, &env)?;
        let got = e.program.output_type();
        if got != output {
            return Err(format!("CEL expression output type mismatch: expected {output}, got {got}"));
        }
        Ok(e)
    }

    fn compile_in(expr: &str, env: &Env) -> Result<Expression, String> {
        match crate::compile_cached(expr, env).as_ref() {
            Ok(program) => Ok(Expression { program: program.clone() }),
            Err(e) => Err(format!("failed to parse the CEL expression '{expr}': {e}")),
        }
    }

    fn source(&self) -> &str {
        self.program.source()
    }

    /// `EvaluateBoolean`: an evaluation error, or a result that is not a bool, is an error.
    fn evaluate_bool(&self, vars: &Vars) -> Result<bool, String> {
        match crate::run(&self.program, vars) {
            Ok(crate::value::Val::Bool(b)) => Ok(b),
            Ok(_) => Err(format!("failed to evaluate CEL expression as boolean: '{}'", self.source())),
            Err(e) => Err(format!("failed to evaluate the CEL expression '{}': {e}", self.source())),
        }
    }
}
