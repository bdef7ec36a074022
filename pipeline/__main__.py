"""`python -m pipeline` is the `support-pipeline` command."""

from pipeline.cli import app

app(prog_name="support-pipeline")
