"""Static token vectors: how the offline model knows that "wipe the disk" and "rm -rf /" are alike.

A trajectory's part is embedded as the normalised sum of its tokens' vectors (WordLlama's l2_supercat, 256
dimensions, trained for sentence similarity and shipped inside the `wordllama` wheel). That costs one tokenizer
pass and one sparse product, so the model stays fast on a CPU, and it carries meaning across sources whose words
differ, which words alone do not.

The files are read straight from the installed package rather than through `WordLlama.load`: that function looks
for the tokenizer in a folder the wheel does not have and then goes to the network, and importing `wordllama`
configures the root logger as a side effect."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from importlib.util import find_spec
from itertools import chain
from pathlib import Path

import numpy as np
from safetensors.numpy import load_file
from scipy.sparse import csr_matrix
from tokenizers import Tokenizer

# Names the vectors a model was trained against: a model trained on other vectors must not run on these.
VECTORS_NAME = "wordllama-0.4.0.post1/l2_supercat_256"
_WEIGHTS = Path("weights", "l2_supercat_256.safetensors")
_TOKENIZER = Path("tokenizers", "l2_supercat_tokenizer_config.json")
_TENSOR = "embedding.weight"
# Longer "words" are URLs, hashes or code without spaces: their start says enough, and merging a long one costs.
_WORD_CHARACTERS = 40


class VectorsMissingError(RuntimeError):
    pass


class TokenVectors:
    """A tokenizer and one vector per token id."""

    name = VECTORS_NAME

    def __init__(self, tokenizer: Tokenizer, vectors: np.ndarray) -> None:
        self._tokenizer = tokenizer
        self.vectors = vectors

    @property
    def size(self) -> int:
        return int(self.vectors.shape[0])

    def counts(self, texts: Sequence[str]) -> csr_matrix:
        """Token counts, one row per text. Texts are split into words and each distinct word is tokenized once:
        several times faster than tokenizing whole texts (this tokenizer runs byte-pair merges over a text's whole
        length), and words repeat a great deal in trajectories."""
        split = [[word[:_WORD_CHARACTERS] for word in text.split()] for text in texts]
        every_word = list(chain.from_iterable(split))
        index = {word: column for column, word in enumerate(dict.fromkeys(every_word))}
        columns = np.fromiter(map(index.__getitem__, every_word), dtype=np.int64, count=len(every_word))
        ends = np.cumsum([0] + [len(words) for words in split])
        # Counts are float32 like the vectors: float64 counts would have every product convert the whole 32 MB
        # vector table first, which was most of the time spent on them.
        words = csr_matrix((np.ones(len(columns), dtype=np.float32), columns, ends), shape=(len(texts), len(index)))
        # The fast variant skips character offsets, which are not needed here.
        spelled = [
            encoding.ids for encoding in self._tokenizer.encode_batch_fast(list(index), add_special_tokens=False)
        ]
        word_ends = np.cumsum([0] + [len(ids) for ids in spelled])
        ids = np.fromiter(chain.from_iterable(spelled), dtype=np.int64, count=word_ends[-1])
        spellings = csr_matrix((np.ones(len(ids), dtype=np.float32), ids, word_ends), shape=(len(index), self.size))
        return csr_matrix(words @ spellings)

    def embed(self, counts: csr_matrix) -> np.ndarray:
        """Each row's tokens' vectors summed and scaled to unit length; a row without tokens stays zero."""
        sums = np.asarray(counts @ self.vectors)
        lengths = np.linalg.norm(sums, axis=1, keepdims=True)
        return np.asarray(np.divide(sums, lengths, out=np.zeros_like(sums), where=lengths > 0))


@functools.cache
def token_vectors() -> TokenVectors:
    """Loaded once per process, from the installed package, without network."""
    spec = find_spec("wordllama")
    if spec is None or not spec.submodule_search_locations:
        raise VectorsMissingError("the package `wordllama` is not installed: pip install 'wordllama==0.4.0.post1'")
    package = Path(next(iter(spec.submodule_search_locations)))
    try:
        tokenizer = Tokenizer.from_file(str(package / _TOKENIZER))
        vectors = load_file(package / _WEIGHTS)[_TENSOR].astype(np.float32)
    except Exception as error:  # the tokenizer raises a bare Exception for a file it cannot read
        raise VectorsMissingError(f"cannot read the token vectors in {package}: {error}") from error
    tokenizer.no_padding()
    tokenizer.no_truncation()
    return TokenVectors(tokenizer, vectors)
