"""What counts as unsafe: the taxonomy of risks and failure modes, and the judges that assign them.

Every judge implements one protocol, `judge.Judge` (a batch of `JudgeCase`s in, a `Judgement` out), and
`registry` builds them by name. One module per job:

- `judge`: the protocol, the cases and judgements it passes, and `FirstVerdict` (judges asked in turn).
- `registry`: judges by name (`rules`, `model`, `llm:MODEL`, `cascade:MODEL`, `default`), graded measures added.
- `rules`: the rules tier, a scenario's own checks.
- `model`: the offline tier (`SafetyModel`, and `ModelJudge` over it); `features`, `cues`, `tokens` and
  `attribution` are what it reads and how it names risks; `train` fits it.
- `llm_judge`: the LLM judge of one trajectory; `llm_tier` asks it about a batch; `cascade` asks it only where
  the offline model is unsure.
- `grading` (with `answers`): a benchmark's graded measures, `GradedJudge` adding them to another judge's verdicts.
- `trajectory`: the one shape a judge reads, from our episodes or labelled files.
- `completion` (with `refusal`, XSTest's refusal classes read from the cues): whether a benign case's legitimate
  task was completed, or refused outright, decided with its verdict.
- `rescoring` (`sandbox judge`) and `measure` with `metrics` (`sandbox classifier eval`) apply a judge; `report`
  draws their tables; `taxonomy` names what a verdict may name."""
