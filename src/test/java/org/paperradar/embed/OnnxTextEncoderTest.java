package org.paperradar.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.paperradar.ingest.CollectingSink;
import org.paperradar.ingest.DailyJsonlSource;
import org.paperradar.paper.Paper;

/** The real models, on a handful of real abstracts: meaning, not word overlap, decides. */
class OnnxTextEncoderTest {
  /** Paraphrases that share almost no words with the paper's title. */
  static final Map<String, String> PARAPHRASES =
      Map.of(
          "2503.11692", "robots that fertilise plants must know which way each blossom faces",
          "2503.11685", "an iterative shift-add method to compute activation functions in AI chips",
          "2503.11742", "making multimodal image-text models less harmful by editing parameters",
          "2503.11781", "transferring the colour palette of one photo onto another",
          "2503.11677", "what people with a retinal implant see when they look at someone");

  static List<Paper> papers() throws Exception {
    CollectingSink sink = new CollectingSink();
    try (InputStream in =
        OnnxTextEncoderTest.class.getResourceAsStream("/fixtures/arxiv-daily-200.jsonl")) {
      new DailyJsonlSource().read(in, "fixture", sink);
    }
    Set<String> ids = PARAPHRASES.keySet();
    return sink.papers().stream().filter(p -> ids.contains(p.id())).toList();
  }

  @ParameterizedTest
  @ValueSource(strings = {"all-minilm-l6-v2-q", "bge-small-en-v1.5-q"})
  void aParaphraseFindsItsPaperFirst(String model) throws Exception {
    List<Paper> papers = papers();
    assertThat(papers).hasSize(5);
    try (OnnxTextEncoder enc = OnnxTextEncoder.open(model, new OnnxTextEncoder.Options(2, 0, 0))) {
      List<String> texts = papers.stream().map(EmbeddingText::of).toList();
      List<float[]> docs = enc.encode(texts);
      assertThat(docs).hasSize(5).allSatisfy(v -> assertThat(v).hasSize(384));
      assertThat(Vectors.dot(docs.get(0), docs.get(0))).isCloseTo(1f, within(1e-4f));
      for (var e : PARAPHRASES.entrySet()) {
        float[] q = enc.encodeQuery(e.getValue());
        List<String> ranked = new ArrayList<>();
        papers.stream()
            .sorted((a, b) -> Float.compare(dot(q, docs, papers, b), dot(q, docs, papers, a)))
            .forEach(p -> ranked.add(p.id()));
        assertThat(ranked.get(0)).as(model + ": " + e.getValue()).isEqualTo(e.getKey());
      }
      // Padding is masked out; only the int8 models' per-batch activation scale moves it a little.
      float[] alone = enc.encode(texts.get(3));
      assertThat(Vectors.dot(alone, docs.get(3))).isGreaterThan(0.99f);
    }
  }

  private static float dot(float[] q, List<float[]> docs, List<Paper> papers, Paper p) {
    return Vectors.dot(q, docs.get(papers.indexOf(p)));
  }

  @Test
  void vectorsMatchLangchain4jWithinTheTokenLimit() {
    String text = "Sentence embeddings for scientific paper recommendation.";
    float[] theirs = new AllMiniLmL6V2QuantizedEmbeddingModel().embed(text).content().vector();
    try (OnnxTextEncoder enc = OnnxTextEncoder.open("all-minilm-l6-v2-q")) {
      assertThat(Vectors.dot(enc.encode(text), theirs)).isGreaterThan(0.999f);
    }
  }
}
