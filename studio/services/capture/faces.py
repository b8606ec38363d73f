"""Face finding for the pre-flight check: OpenCV's Haar frontal-face cascade, evaluated in numpy.

Why not ``cv2.CascadeClassifier``: the pinned ``opencv-python-headless`` 5.0 wheel has neither
the class (OpenCV 5 dropped it from the main modules) nor ``cv2.data`` cascade files, and
``cv2.FaceDetectorYN`` needs a YuNet ONNX model that no installed package ships. The cascade
XML itself is plain data (Intel licence, redistributable), found in ``cv2.data.haarcascades``,
``assets/cascades`` or Debian's ``opencv-data`` package; this module reads it and runs the same
algorithm as OpenCV's HaarEvaluator: a 24×24 window over an image pyramid, features normalised by
the window's standard deviation, stages of boosted stumps, then grouping of overlapping hits.

It only has to answer "is there a face, and where" every second or so, so the frame is scaled to
400 px wide and faces under 7 % of the width are not looked for (≈0.5–1 s on this machine).
"""

from __future__ import annotations

import functools
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from studio.core.errors import StudioError
from studio.core.framing import FaceBox
from studio.core.i18n import tr

CASCADE_NAME = "haarcascade_frontalface_default.xml"


class FaceDetectorUnavailable(StudioError):
    """The face model file is not installed."""


def cascade_path() -> Path:
    """Where the frontal-face cascade is: the cv2 wheel, the studio's assets, or Debian's opencv-data."""
    candidates: list[Path] = []
    try:
        import cv2

        data = getattr(cv2, "data", None)
        if data is not None and getattr(data, "haarcascades", None):
            candidates.append(Path(data.haarcascades) / CASCADE_NAME)
    except ImportError:
        pass
    from studio.services.paths import assets_dir

    candidates += [
        assets_dir() / "cascades" / CASCADE_NAME,
        Path("/usr/share/opencv4/haarcascades") / CASCADE_NAME,
        Path("/usr/share/opencv/haarcascades") / CASCADE_NAME,
    ]
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    raise FaceDetectorUnavailable(
        tr("The face finder's model file is missing, so the camera check cannot look for your face. "
           "Install the opencv-data package.")
    )


@dataclass(frozen=True, slots=True)
class _Stage:
    threshold: float
    features: np.ndarray  # (n,) feature index per stump
    thresholds: np.ndarray  # (n,)
    left: np.ndarray  # (n,) leaf value when feature < threshold
    right: np.ndarray  # (n,)


@dataclass(frozen=True, slots=True)
class Cascade:
    width: int
    height: int
    stages: tuple[_Stage, ...]
    rects: np.ndarray  # (features, 3, 5): x, y, w, h, weight (unused rects have weight 0)

    @classmethod
    def load(cls, path: Path) -> Cascade:
        root = ET.parse(path).getroot()
        node = root.find("cascade")
        if node is None or (node.findtext("featureType") or "").strip() != "HAAR":
            raise FaceDetectorUnavailable("The face model file is not a Haar cascade.", path=path)
        width = int(node.findtext("width") or 24)
        height = int(node.findtext("height") or 24)
        stages = []
        for stage in node.iterfind("stages/_"):
            nodes, leaves = [], []
            for weak in stage.iterfind("weakClassifiers/_"):
                internal = (weak.findtext("internalNodes") or "").split()
                if len(internal) != 4:
                    raise FaceDetectorUnavailable("Only stump cascades are supported.", path=path)
                nodes.append((int(internal[2]), float(internal[3])))
                leaves.append([float(v) for v in (weak.findtext("leafValues") or "").split()])
            stages.append(_Stage(
                threshold=float(stage.findtext("stageThreshold") or 0),
                features=np.array([n[0] for n in nodes], dtype=np.int64),
                thresholds=np.array([n[1] for n in nodes], dtype=np.float64),
                left=np.array([lv[0] for lv in leaves], dtype=np.float64),
                right=np.array([lv[1] for lv in leaves], dtype=np.float64),
            ))
        features = list(node.iterfind("features/_"))
        rects = np.zeros((len(features), 3, 5), dtype=np.float64)
        for i, feature in enumerate(features):
            if (feature.findtext("tilted") or "0").strip() == "1":
                raise FaceDetectorUnavailable("Tilted Haar features are not supported.", path=path)
            for j, rect in enumerate(feature.iterfind("rects/_")):
                rects[i, j] = [float(v.rstrip(".")) if v.rstrip(".") else 0.0 for v in (rect.text or "").split()]
        return cls(width, height, tuple(stages), rects)


@functools.lru_cache(maxsize=2)
def load_cascade(path: Path | None = None) -> Cascade:
    return Cascade.load(path or cascade_path())


def _integral(image: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    img = image.astype(np.float64)
    ii = np.zeros((img.shape[0] + 1, img.shape[1] + 1))
    sq = np.zeros_like(ii)
    ii[1:, 1:] = img.cumsum(0).cumsum(1)
    sq[1:, 1:] = (img * img).cumsum(0).cumsum(1)
    return ii, sq


def _detect_at_scale(cascade: Cascade, gray: np.ndarray, step: int) -> np.ndarray:
    """Top-left corners (y, x) of windows that pass every stage on this (already scaled) image."""
    h, w = gray.shape
    win_w, win_h = cascade.width, cascade.height
    if h < win_h or w < win_w:
        return np.zeros((0, 2), dtype=np.int64)
    ii, sq = _integral(gray)
    ys, xs = np.mgrid[0:h - win_h + 1:step, 0:w - win_w + 1:step]
    ys, xs = ys.ravel(), xs.ravel()
    # Variance over the window minus a one-pixel border, as OpenCV's normrect.
    y0, x0, y1, x1 = ys + 1, xs + 1, ys + win_h - 1, xs + win_w - 1
    area = (win_w - 2) * (win_h - 2)
    total = ii[y1, x1] - ii[y0, x1] - ii[y1, x0] + ii[y0, x0]
    total_sq = sq[y1, x1] - sq[y0, x1] - sq[y1, x0] + sq[y0, x0]
    norm = area * total_sq - total * total
    norm = np.where(norm > 0, np.sqrt(np.maximum(norm, 0)), 1.0)
    for stage in cascade.stages:
        if ys.size == 0:
            break
        score = np.zeros(ys.size)
        for feat, thr, left, right in zip(stage.features, stage.thresholds, stage.left, stage.right, strict=True):
            value = np.zeros(ys.size)
            for rx, ry, rw, rh, weight in cascade.rects[feat]:
                if weight == 0:
                    continue
                ay, ax = ys + int(ry), xs + int(rx)
                by, bx = ay + int(rh), ax + int(rw)
                value += weight * (ii[by, bx] - ii[ay, bx] - ii[by, ax] + ii[ay, ax])
            score += np.where(value < thr * norm, left, right)
        keep = score >= stage.threshold
        ys, xs, norm = ys[keep], xs[keep], norm[keep]
    return np.stack([ys, xs], axis=1) if ys.size else np.zeros((0, 2), dtype=np.int64)


def _group(rects: list[tuple[float, float, float, float]], min_neighbors: int,
           eps: float = 0.2) -> list[tuple[float, float, float, float, int]]:
    """OpenCV's groupRectangles: cluster similar boxes, keep clusters with more than ``min_neighbors``."""
    n = len(rects)
    parent = list(range(n))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(n):
        for j in range(i + 1, n):
            a, b = rects[i], rects[j]
            delta = eps * (min(a[2], b[2]) + min(a[3], b[3])) * 0.5
            if (abs(a[0] - b[0]) <= delta and abs(a[1] - b[1]) <= delta
                    and abs(a[0] + a[2] - b[0] - b[2]) <= delta and abs(a[1] + a[3] - b[1] - b[3]) <= delta):
                parent[find(i)] = find(j)
    clusters: dict[int, list[tuple[float, float, float, float]]] = {}
    for i in range(n):
        clusters.setdefault(find(i), []).append(rects[i])
    result = []
    for members in clusters.values():
        if len(members) > min_neighbors:
            arr = np.array(members)
            x, y, w, h = arr.mean(axis=0)
            result.append((float(x), float(y), float(w), float(h), len(members)))
    return result


def detect_faces(
    frame: np.ndarray,
    *,
    work_width: int = 400,
    min_face_fraction: float = 0.07,
    scale_factor: float = 1.15,
    min_neighbors: int = 3,
    cascade: Cascade | None = None,
) -> list[FaceBox]:
    """Faces in a BGR or grey frame, most certain first (most grouped hits), in the frame's pixel coordinates.

    The frame is scaled to ``work_width`` pixels; faces narrower than ``min_face_fraction`` of the
    width are not looked for.
    """
    import cv2

    cascade = cascade or load_cascade()
    gray = cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY) if frame.ndim == 3 else frame
    base = min(1.0, work_width / gray.shape[1])
    small = cv2.resize(gray, None, fx=base, fy=base, interpolation=cv2.INTER_AREA) if base < 1.0 else gray
    small = cv2.equalizeHist(small)  # a dim picture still shows a face; brightness is judged separately
    hits: list[tuple[float, float, float, float]] = []
    # Start the pyramid at the smallest face worth reporting (smaller ones are "too far" anyway).
    factor = max(1.0, min_face_fraction * small.shape[1] / cascade.width)
    while True:
        w = round(small.shape[1] / factor)
        h = round(small.shape[0] / factor)
        if w < cascade.width or h < cascade.height:
            break
        scaled = cv2.resize(small, (w, h), interpolation=cv2.INTER_LINEAR) if factor > 1.0 else small
        step = 1 if factor > 2.0 else 2
        for y, x in _detect_at_scale(cascade, scaled, step):
            hits.append((x * factor, y * factor, cascade.width * factor, cascade.height * factor))
        factor *= scale_factor
    boxes = [
        FaceBox(x / base, y / base, w / base, h / base)
        for x, y, w, h, _ in sorted(_group(hits, min_neighbors), key=lambda r: (-r[4], -r[2] * r[3]))
    ]
    return boxes
