using ScriptToMovie.Media.FFmpeg;

namespace ScriptToMovie.Media.Tests.FFmpeg;

/// <summary>The exact command lines: what runs is what was reviewed.</summary>
public sealed class RecipeArgumentTests
{
    private static readonly EncodingProfile Hd = EncodingProfile.Landscape;

    [Fact]
    public void Every_clip_is_encoded_with_one_shared_profile()
    {
        Assert.Equal(
            ["-c:v", "libx264", "-preset", "veryfast", "-crf", "23", "-pix_fmt", "yuv420p", "-r", "24"],
            Hd.VideoArguments());
        Assert.Equal(["-c:a", "aac", "-b:a", "128k", "-ar", "48000", "-ac", "2"], Hd.AudioArguments());
        // Audio stops on a whole AAC frame inside the picture, so joined clips never overlap at a cut.
        Assert.Equal(239616, Hd.AudioSamplesFor(TimeSpan.FromSeconds(5)));
        Assert.Equal((1280, 720), (EncodingProfile.ForAspect("16:9").Width, EncodingProfile.ForAspect("16:9").Height));
        Assert.Equal((720, 1280), (EncodingProfile.ForAspect("9:16").Width, EncodingProfile.ForAspect("9:16").Height));
        Assert.Equal((1080, 1080), (EncodingProfile.ForAspect("1:1").Width, EncodingProfile.ForAspect("1:1").Height));
    }

    [Fact]
    public void Only_files_people_play_get_their_index_moved_to_the_front()
    {
        // +faststart rewrites the whole file once more; a clip that is only joined into the movie doesn't need it.
        IReadOnlyList<string>[] clips =
        [
            new StillToClip("/m/f.png", null, TimeSpan.FromSeconds(2)).Arguments(Hd, "/m/c.mp4"),
            new MockClip(1, "X", null, TimeSpan.FromSeconds(2)).Arguments(Hd, "/m/caption.txt", "/m/c.mp4"),
            new FitClip("/m/v.mp4", null, TimeSpan.FromSeconds(2)).Arguments(Hd, "/m/c.mp4"),
        ];
        IReadOnlyList<string>[] finished =
        [
            new Concat([new ConcatPart("/m/c.mp4", TimeSpan.FromSeconds(2), "X")]).Arguments("/m/l", "/m/m", "/m/movie.mp4"),
            new BurnSubtitles("/m/movie.mp4", "/m/s.srt", TimeSpan.FromSeconds(2)).Arguments(Hd, "/m/burned.mp4"),
            new Trailer([new TrailerCut("/m/f.png", TimeSpan.FromSeconds(2), CameraMove.Still)]).JoinArguments(Hd, "/m/l", "/m/trailer.mp4"),
        ];

        clips = [.. clips, new Trailer([new TrailerCut("/m/f.png", TimeSpan.FromSeconds(2), CameraMove.Still)]).CutArguments(0, Hd, "/m/cut.mp4")];

        Assert.All(clips, arguments => Assert.DoesNotContain("-movflags", arguments));
        Assert.All(finished, arguments => Assert.Equal(["-movflags", "+faststart"], arguments.SkipLast(1).TakeLast(2)));
    }

    [Fact]
    public void Still_to_clip_zooms_in_from_an_enlarged_frame_over_the_scene_audio()
    {
        var recipe = new StillToClip("/m/frame.png", "/m/scene.wav", TimeSpan.FromSeconds(5), CameraMove.ZoomIn);

        Assert.Equal(
            [
                "-i", "/m/frame.png",
                "-i", "/m/scene.wav",
                "-filter_complex",
                "[0:v]scale=3840:2160:force_original_aspect_ratio=increase,crop=3840:2160,setsar=1," +
                "zoompan=z='1+0.15*on/119':x='(iw-iw/zoom)/2':y='(ih-ih/zoom)':d=120:s=1280x720:fps=24,format=yuv420p[v];" +
                "[1:a]aresample=48000,aformat=sample_fmts=fltp:channel_layouts=stereo,apad,atrim=end_sample=239616[a]",
                "-map", "[v]", "-map", "[a]",
                "-c:v", "libx264", "-preset", "veryfast", "-crf", "23", "-pix_fmt", "yuv420p", "-r", "24",
                "-c:a", "aac", "-b:a", "128k", "-ar", "48000", "-ac", "2",
                "-t", "5",
                "/m/clip.mp4",
            ],
            recipe.Arguments(Hd, "/m/clip.mp4"));
    }

    [Fact]
    public void Still_to_clip_without_audio_gets_silence_and_a_pan_keeps_the_frame_height()
    {
        var recipe = new StillToClip("/m/frame.png", null, TimeSpan.FromSeconds(2.51), CameraMove.PanRight);

        var arguments = recipe.Arguments(Hd, "/m/clip.mp4");

        Assert.Equal(["-i", "/m/frame.png", "-f", "lavfi", "-i", "anullsrc=r=48000:cl=stereo"], arguments.Take(6));
        Assert.Contains("zoompan=z='1.12':x='(iw-iw/zoom)*on/59':y='(ih-ih/zoom)':d=60:", arguments[7]);
        // 2.51 s is not a whole number of frames: the clip is 60 frames, exactly 2.5 s.
        Assert.Equal("2.5", arguments[arguments.ToList().IndexOf("-t") + 1]);
    }

    [Fact]
    public void Camera_moves_vary_from_scene_to_scene()
    {
        var moves = Enumerable.Range(1, 8).Select(CameraMoves.ForScene).ToList();

        Assert.All(moves.Zip(moves.Skip(1)), pair => Assert.NotEqual(pair.First, pair.Second));
        Assert.Equal(4, moves.Distinct().Count());
        Assert.DoesNotContain(CameraMove.Still, moves);
    }

    [Fact]
    public void Mock_clip_draws_its_caption_from_a_file_on_a_plain_card()
    {
        var recipe = new MockClip(3, "INT. KITCHEN - NIGHT", null, TimeSpan.FromSeconds(4));

        Assert.Equal("Scene 3 – INT. KITCHEN - NIGHT", recipe.Caption);
        Assert.Equal(
            [
                "-f", "lavfi", "-i", "anullsrc=r=48000:cl=stereo",
                "-filter_complex",
                "color=c=0x1f2a36:s=1280x720:r=24," +
                @"drawtext=fontfile=/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf:textfile=/tmp/caption.txt:expansion=none:" +
                "fontcolor=white:fontsize=45:x=(w-text_w)/2:y=(h-text_h)/2,format=yuv420p[v];" +
                "[0:a]aresample=48000,aformat=sample_fmts=fltp:channel_layouts=stereo,apad,atrim=end_sample=191488[a]",
                "-map", "[v]", "-map", "[a]",
                "-c:v", "libx264", "-preset", "veryfast", "-crf", "23", "-pix_fmt", "yuv420p", "-r", "24",
                "-c:a", "aac", "-b:a", "128k", "-ar", "48000", "-ac", "2",
                "-t", "4",
                "/m/mock.mp4",
            ],
            recipe.Arguments(Hd, "/tmp/caption.txt", "/m/mock.mp4"));
    }

    [Fact]
    public void Concat_copies_streams_and_adds_chapters_and_a_soft_subtitle_track()
    {
        var recipe = new Concat([new ConcatPart("/m/1.mp4", TimeSpan.FromSeconds(5), "INT. HOUSE - DAY")], "/m/movie.srt");

        Assert.Equal(
            [
                "-f", "concat", "-safe", "0", "-i", "/m/list.ffconcat",
                "-f", "ffmetadata", "-i", "/m/chapters.ffmeta",
                "-i", "/m/movie.srt",
                "-map", "0:v:0", "-map", "0:a:0", "-map", "2:s:0",
                "-map_metadata", "1", "-map_chapters", "1",
                "-c", "copy",
                "-c:s", "mov_text", "-metadata:s:s:0", "language=eng",
                "-movflags", "+faststart",
                "/m/movie.mp4",
            ],
            recipe.Arguments("/m/list.ffconcat", "/m/chapters.ffmeta", "/m/movie.mp4"));
    }

    [Fact]
    public void Concat_without_subtitles_maps_only_picture_and_sound()
    {
        var recipe = new Concat([new ConcatPart("/m/1.mp4", TimeSpan.FromSeconds(5), "A")]);

        Assert.Equal(
            [
                "-f", "concat", "-safe", "0", "-i", "/m/l",
                "-f", "ffmetadata", "-i", "/m/c",
                "-map", "0:v:0", "-map", "0:a:0",
                "-map_metadata", "1", "-map_chapters", "1",
                "-c", "copy",
                "-movflags", "+faststart",
                "/m/o.mp4",
            ],
            recipe.Arguments("/m/l", "/m/c", "/m/o.mp4"));
    }

    [Fact]
    public void Concat_lists_each_clip_with_its_length_and_titles_a_chapter_per_scene()
    {
        var recipe = new Concat(
            [
                new ConcatPart("/m/it's.mp4", TimeSpan.FromSeconds(5), "INT. HOUSE - DAY"),
                new ConcatPart("/m/2.mp4", TimeSpan.FromSeconds(3.5), "EXT. ROOF; NIGHT = #1"),
            ],
            MovieTitle: "Brick & Steel");

        Assert.Equal(
            "ffconcat version 1.0\nfile '/m/it'\\''s.mp4'\nduration 5\nfile '/m/2.mp4'\nduration 3.5\n",
            recipe.ListFile());
        Assert.Equal(
            ";FFMETADATA1\ntitle=Brick & Steel\n" +
            "[CHAPTER]\nTIMEBASE=1/1000\nSTART=0\nEND=5000\ntitle=INT. HOUSE - DAY\n" +
            "[CHAPTER]\nTIMEBASE=1/1000\nSTART=5000\nEND=8500\ntitle=EXT. ROOF\\; NIGHT \\= \\#1\n",
            recipe.MetadataFile());
        Assert.Equal(TimeSpan.FromSeconds(8.5), recipe.TotalDuration);
    }

    [Fact]
    public void Burning_captions_escapes_the_subtitle_path_for_the_filtergraph()
    {
        var recipe = new BurnSubtitles("/m/movie.mp4", "/m/it's: [v1].srt", TimeSpan.FromSeconds(9));

        Assert.Equal(
            [
                "-i", "/m/movie.mp4",
                "-vf",
                @"subtitles=filename=/m/it\\\'s\\: \[v1\].srt:force_style=FontName=DejaVu Sans\,FontSize=18\,Outline=1\,Shadow=0\,MarginV=24,format=yuv420p",
                "-map", "0:v:0", "-map", "0:a:0?",
                "-c:v", "libx264", "-preset", "veryfast", "-crf", "23", "-pix_fmt", "yuv420p", "-r", "24",
                "-c:a", "copy",
                "-movflags", "+faststart",
                "/m/burned.mp4",
            ],
            recipe.Arguments(Hd, "/m/burned.mp4"));
    }

    [Fact]
    public void A_trailer_cut_is_one_enlarged_frame_moved_and_faded_through_black_without_sound_of_its_own()
    {
        var recipe = new Trailer(
            [
                new TrailerCut("/m/title.png", TimeSpan.FromSeconds(4), CameraMove.Still),
                new TrailerCut("/m/s1.png", TimeSpan.FromSeconds(2.5), CameraMove.ZoomOut),
            ]);

        Assert.Equal(
            [
                "-i", "/m/s1.png",
                "-filter_complex",
                "[0:v]scale=3840:2160:force_original_aspect_ratio=increase,crop=3840:2160,setsar=1," +
                "zoompan=z='1+0.15*(1-on/59)':x='(iw-iw/zoom)/2':y='(ih-ih/zoom)':d=60:s=1280x720:fps=24," +
                "fade=t=in:st=0:d=0.3,fade=t=out:st=2.2:d=0.3,format=yuv420p[v]",
                "-map", "[v]",
                "-c:v", "libx264", "-preset", "veryfast", "-crf", "23", "-pix_fmt", "yuv420p", "-r", "24",
                "-t", "2.5",
                "/m/cut-1.mp4",
            ],
            recipe.CutArguments(1, Hd, "/m/cut-1.mp4"));
        Assert.Contains("zoompan=z='1':x='0':y='0':d=96:", recipe.CutArguments(0, Hd, "/m/cut-0.mp4")[3]);
    }

    [Fact]
    public void Trailer_cuts_are_joined_by_copying_their_picture_with_one_sound_track_over_the_whole_length()
    {
        var recipe = new Trailer(
            [
                new TrailerCut("/m/title.png", TimeSpan.FromSeconds(4), CameraMove.Still),
                new TrailerCut("/m/s1.png", TimeSpan.FromSeconds(2.51), CameraMove.ZoomOut),
            ],
            AudioPath: "/m/music.wav");

        // 2.51 s is not a whole number of frames: the cut, its list entry and the trailer all use 2.5 s.
        Assert.Equal(
            "ffconcat version 1.0\nfile '/m/cut-0.mp4'\nduration 4\nfile '/m/cut-1.mp4'\nduration 2.5\n",
            recipe.ListFile(Hd, ["/m/cut-0.mp4", "/m/cut-1.mp4"]));
        Assert.Equal(
            [
                "-f", "concat", "-safe", "0", "-i", "/m/cuts.ffconcat",
                "-i", "/m/music.wav",
                "-filter_complex", "[1:a]aresample=48000,aformat=sample_fmts=fltp:channel_layouts=stereo,apad,atrim=end_sample=311296[a]",
                "-map", "0:v:0", "-map", "[a]",
                "-c:v", "copy",
                "-c:a", "aac", "-b:a", "128k", "-ar", "48000", "-ac", "2",
                "-t", "6.5",
                "-movflags", "+faststart",
                "/m/trailer.mp4",
            ],
            recipe.JoinArguments(Hd, "/m/cuts.ffconcat", "/m/trailer.mp4"));
        Assert.Equal(TimeSpan.FromSeconds(6.5), recipe.Length(Hd));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(8)]
    [InlineData(40)]
    public void A_planned_trailer_opens_on_the_title_card_and_lasts_20_to_40_seconds(int sceneFrames)
    {
        var frames = Enumerable.Range(1, sceneFrames).Select(i => $"/m/s{i}.png").ToList();

        var trailer = Trailer.Plan("/m/title.png", frames);

        Assert.Equal(new TrailerCut("/m/title.png", TimeSpan.FromSeconds(4), CameraMove.Still), trailer.Cuts[0]);
        Assert.InRange(trailer.TotalDuration.TotalSeconds, 20, 40);
        Assert.All(trailer.Cuts.Skip(1), cut => Assert.InRange(cut.Duration.TotalSeconds, 2, 4));
        Assert.Equal(frames.Take(trailer.Cuts.Count - 1), trailer.Cuts.Skip(1).Select(c => c.ImagePath).Take(frames.Count));
    }

    [Fact]
    public void Frame_grab_seeks_then_writes_one_picture()
    {
        Assert.Equal(
            ["-ss", "1.5", "-i", "/m/clip.mp4", "-frames:v", "1", "-update", "1", "/m/at.png"],
            new FrameGrab("/m/clip.mp4", TimeSpan.FromSeconds(1.5)).Arguments("/m/at.png"));
    }

    [Fact]
    public void Volume_detect_measures_a_window_of_the_audio()
    {
        Assert.Equal(
            ["-ss", "1.25", "-t", "2", "-i", "/m/movie.mp4", "-map", "0:a:0", "-af", "volumedetect", "-f", "null", "-"],
            new VolumeDetect("/m/movie.mp4", TimeSpan.FromSeconds(1.25), TimeSpan.FromSeconds(2)).Arguments());
    }
}
