"""Result files seen from outside a workspace: checking one against its package."""
