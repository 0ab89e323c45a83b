"""The `sandbox` app: its commands, in the order `sandbox --help` lists them, and those other packages plug in.

Each command module imports at the top only what its options' types need, as typer reads every command's options
at start; a command imports the rest itself, so that it starts without the database, the suites or the runtime it
does not use.
"""

from __future__ import annotations

import atexit
import gc
from importlib.metadata import entry_points

import typer

from sandbox.cli import data, evaluate, judge, results, runtime
from sandbox.cli.errors import UserErrorGroup
from sandbox.cli.logs import make_logs_inert

# At exit, Python's last collections walk every object the imports made (litellm's alone are hundreds of thousands):
# seconds of a command's wall time under load, after its work is done. The commands close what must be closed
# themselves, so the collector is told to leave the rest. atexit runs its hooks last registered first: this one runs
# after those of the libraries imported later (litellm closing its clients).
atexit.register(gc.freeze)

# Each entry point of this group names a function that adds commands to the app it is given. The TUI adds
# `replay` this way, so that the core never imports the TUI.
COMMAND_PLUGINS = "agent_safety_sandbox.commands"

# Help as click writes it: rich's option tables squeeze the help text into a narrow column of an 80-column
# terminal and cut option names and long words with an ellipsis; click's wraps every line whole.
PLAIN_HELP = None

app = typer.Typer(
    cls=UserErrorGroup,
    no_args_is_help=True,
    help="Measure how safely an LLM agent behaves in sandboxed tool environments.",
    rich_markup_mode=PLAIN_HELP,
)


@app.callback()
def _before_any_command() -> None:
    make_logs_inert()


def add_plugged_in_commands(target: typer.Typer) -> None:
    for plugin in sorted(entry_points(group=COMMAND_PLUGINS), key=lambda point: point.name):
        plugin.load()(target)


app.command("eval")(evaluate.eval_command)
app.command("fidelity")(data.fidelity)
app.command("gc")(runtime.gc)
add_plugged_in_commands(app)
app.command("leaderboard")(results.leaderboard)
app.command("diff")(results.diff)
app.command("report")(results.report)
app.command("judge")(judge.judge_command)
app.add_typer(runtime.image_app, name="image")
app.add_typer(data.data_app, name="data")
app.add_typer(runtime.bench_app, name="bench")
app.add_typer(judge.classifier_app, name="classifier")
