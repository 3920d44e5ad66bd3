"""The floor for start-up: Textual's hello world, nothing else.

    uv run python benchmarks/hello_app.py

benchmarks/startup.py starts this beside Phakhi in the same run, so "how
long until the first screen" is measured against what Textual itself needs
on the same machine at the same moment.
"""

from textual.app import App, ComposeResult
from textual.widgets import Static


class HelloApp(App[None]):
    def compose(self) -> ComposeResult:
        yield Static("Hello, world")


if __name__ == "__main__":
    HelloApp().run()
