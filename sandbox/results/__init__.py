"""What runs amount to and how they are published: a run's summary, the leaderboard across runs (Markdown, CSV, JSON,
HTML), and the verdicts that changed between two runs."""
