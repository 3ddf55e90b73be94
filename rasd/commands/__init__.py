"""Sub-commands of the ``rasd`` CLI, one module each (see ``rasd.cli``)."""
